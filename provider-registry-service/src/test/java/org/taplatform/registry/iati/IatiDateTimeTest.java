package org.taplatform.registry.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** IATI files state when they were made as xsd:dateTime, seconds included even on a whole minute. */
class IatiDateTimeTest {

    @Test
    void shouldWriteTheSecondsOfAWholeMinute() {
        assertThat(IatiActivityWriter.dateTime(Instant.parse("2026-12-05T03:04:00Z"))).isEqualTo("2026-12-05T03:04:00Z");
        assertThat(IatiActivityWriter.dateTime(Instant.parse("2026-12-05T03:04:05.123Z"))).isEqualTo("2026-12-05T03:04:05Z");
    }
}
