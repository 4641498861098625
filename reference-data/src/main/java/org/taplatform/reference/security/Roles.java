package org.taplatform.reference.security;

/** Realm roles of the ta-platform Keycloak realm. */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String FIELD_OFFICE = "field-office";
    public static final String DONOR = "donor";
    public static final String PARTNER = "partner";
    public static final String STATE_FOCAL_POINT = "state-focal-point";
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}
