package org.taplatform.survey.bulk;

import java.util.List;

/**
 * The columns of an import file (first row, case-insensitive, any order). One row per answer; for a NEEDS question,
 * one row per need with the need_* columns. MULTIPLE_CHOICE answers list their codes separated by "|", as do
 * need_beneficiary_groups.
 */
final class ImportColumns {

    static final String COUNTRY = "country";
    static final String INSTRUMENT = "instrument";
    static final String QUESTION = "question";
    static final String VALUE = "value";
    static final String NEED_TA_SUBTYPE = "need_ta_subtype";
    static final String NEED_ARTICLE = "need_article";
    static final String NEED_THEMATIC_AREA = "need_thematic_area";
    static final String NEED_BENEFICIARY_GROUPS = "need_beneficiary_groups";
    static final String NEED_PRIORITY = "need_priority";
    static final String NEED_CONSENT = "need_consent";
    static final String NEED_DESCRIPTION = "need_description";

    static final List<String> REQUIRED = List.of(COUNTRY, INSTRUMENT, QUESTION, VALUE);
    static final List<String> ALL = List.of(COUNTRY, INSTRUMENT, QUESTION, VALUE, NEED_TA_SUBTYPE, NEED_ARTICLE,
            NEED_THEMATIC_AREA, NEED_BENEFICIARY_GROUPS, NEED_PRIORITY, NEED_CONSENT, NEED_DESCRIPTION);

    private ImportColumns() {
    }
}
