package org.taplatform.survey.questionnaire;

/** What kind of answer a question takes. */
public enum QuestionType {
    /** YES, NO or PARTLY. */
    YES_NO_PARTLY,
    /** One of the question's choice codes. */
    SINGLE_CHOICE,
    /** A list of the question's choice codes. */
    MULTIPLE_CHOICE,
    /** A number within the question's min and max. */
    NUMBER,
    /** Free text up to the question's maxLength. */
    TEXT,
    /** A list of technical assistance needs (TA subtype, article, area, beneficiaries, priority, consent). */
    NEEDS
}
