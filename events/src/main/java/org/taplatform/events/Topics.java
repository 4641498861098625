package org.taplatform.events;

/** Kafka topics of the platform; each is owned (written) by one service. See docs/asyncapi.yaml. */
public final class Topics {

    /** Owned by survey-service: responses submitted, amended, reopened; non-respondents. */
    public static final String SURVEY_RESPONSES = "ta.survey.responses";
    /** Owned by needs-service: needs registered, updated, status changed, withdrawn. */
    public static final String NEEDS = "ta.needs";
    /** Owned by provider-registry-service. */
    public static final String REGISTRY_ORGANISATIONS = "ta.registry.organisations";
    /** Owned by provider-registry-service. */
    public static final String REGISTRY_ACTIVITIES = "ta.registry.activities";
    /**
     * Owned by provider-registry-service: the knowledge the platform shares beside the needs (competent national
     * authorities, TA tools, evaluations of finished activities).
     */
    public static final String REGISTRY_KNOWLEDGE = "ta.registry.knowledge";
    /** Owned by coordination-service. */
    public static final String COORDINATION_EVENTS = "ta.coordination.events";

    /** The dead-letter topic of one consuming service: {@code ta.dlq.<service>}; the source topic is in a header. */
    public static String deadLetterTopicOf(String service) {
        return "ta.dlq." + service;
    }

    private Topics() {
    }
}
