package org.taplatform.survey.questionnaire;

/** Questionnaire files for tests, in the format of GET /api/v1/questionnaires/schema. */
public final class QuestionnaireFiles {

    private QuestionnaireFiles() {
    }

    /** A small questionnaire with every question type; English and French texts only. */
    public static String bilingual(String instrument) {
        return """
                {"format": "ta-platform.questionnaire/1", "instrument": "%s",
                 "title": {"en": "Self-assessment checklist", "fr": "Liste de contrôle pour l'auto-évaluation"},
                 "sections": [
                  {"code": "S1", "title": {"en": "Criminalization", "fr": "Incrimination"}, "article": "5",
                   "questions": [
                    {"code": "Q1", "type": "YES_NO_PARTLY", "required": true, "article": "5",
                     "label": {"en": "Is participation in an organized criminal group a criminal offence?",
                               "fr": "La participation à un groupe criminel organisé est-elle une infraction pénale ?"}},
                    {"code": "Q2", "type": "SINGLE_CHOICE",
                     "label": {"en": "Which approach does your law take?", "fr": "Quelle approche votre loi adopte-t-elle ?"},
                     "choices": [{"code": "CONSPIRACY", "label": {"en": "Conspiracy", "fr": "Entente"}},
                                 {"code": "PARTICIPATION", "label": {"en": "Participation", "fr": "Participation"}}]},
                    {"code": "Q3", "type": "MULTIPLE_CHOICE",
                     "label": {"en": "Which authorities are competent?", "fr": "Quelles autorités sont compétentes ?"},
                     "choices": [{"code": "POLICE", "label": {"en": "Police", "fr": "Police"}},
                                 {"code": "PROSECUTION", "label": {"en": "Prosecution", "fr": "Ministère public"}}]},
                    {"code": "Q4", "type": "NUMBER", "min": 0, "max": 100000, "integer": true,
                     "label": {"en": "How many cases were prosecuted last year?", "fr": "Combien d'affaires ont été poursuivies l'an dernier ?"}},
                    {"code": "Q5", "type": "TEXT", "maxLength": 2000,
                     "label": {"en": "Describe the difficulties met.", "fr": "Décrivez les difficultés rencontrées."},
                     "hint": {"en": "Optional."}},
                    {"code": "Q6", "type": "NEEDS", "article": "29",
                     "label": {"en": "What technical assistance do you need?", "fr": "De quelle assistance technique avez-vous besoin ?"}}
                   ]}
                 ]}
                """.formatted(instrument);
    }
}
