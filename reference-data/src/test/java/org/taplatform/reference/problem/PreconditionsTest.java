package org.taplatform.reference.problem;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** If-Match compared strongly, as RFC 9110 asks. */
class PreconditionsTest {

    @Test
    void shouldAcceptTheCurrentTagAStarOrAListHoldingIt() {
        assertThatCode(() -> Preconditions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("\"2\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void shouldNeverMatchAWeakTag() {
        assertThatThrownBy(() -> Preconditions.requireMatch("W/\"3\"", 3)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("weak");
    }

    @Test
    void shouldRefuseAnotherVersionAndRequireOne() {
        assertThatThrownBy(() -> Preconditions.requireMatch("\"2\"", 3)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("changed since you read it");
        assertThatThrownBy(() -> Preconditions.requireMatch(" ", 3)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("Send the ETag");
    }
}
