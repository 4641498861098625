package org.taplatform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The JSON payload ({@code data}) of a CloudEvent. Each contract names its versioned CloudEvents type,
 * e.g. {@code ta.survey.response.submitted.v1}; a breaking change makes a new record with a new type,
 * and producers publish both until every consumer reads the new one.
 */
public interface EventContract {

    @JsonIgnore
    String eventType();
}
