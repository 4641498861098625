package org.taplatform.registry.organisation;

import java.util.List;

/**
 * What kind of organisation, in the platform's words, and the IATI OrganisationType codes it may be reported as (the
 * first is the default): 10 Government, 15 Other Public Sector, 21-24 NGOs, 40 Multilateral, 60 Foundation,
 * 80 Academic, Training and Research.
 */
public enum OrganisationKind {
    DONOR_STATE_AGENCY(List.of("10", "15")),
    MULTILATERAL(List.of("40")),
    UNODC_FIELD_OFFICE(List.of("40")),
    REGIONAL_ORGANISATION(List.of("40", "15")),
    CIVIL_SOCIETY(List.of("21", "22", "23", "24")),
    ACADEMIC_INSTITUTE(List.of("80")),
    PRIVATE_FOUNDATION(List.of("60"));

    private final List<String> iatiTypes;

    OrganisationKind(List<String> iatiTypes) {
        this.iatiTypes = iatiTypes;
    }

    public String defaultIatiType() {
        return iatiTypes.get(0);
    }

    public List<String> iatiTypes() {
        return iatiTypes;
    }
}
