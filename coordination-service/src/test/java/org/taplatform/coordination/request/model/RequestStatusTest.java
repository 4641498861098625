package org.taplatform.coordination.request.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.model.IllegalTransitionException;

/** The request's and the offer's lives, without infrastructure. */
class RequestStatusTest {

    @Test
    void shouldGoFromSubmittedThroughForwardedAndAcceptedToFulfilled() {
        RequestStatus status = RequestStatus.SUBMITTED.forward();
        assertThat(status).isEqualTo(RequestStatus.FORWARDED);
        assertThat(status.forward()).isEqualTo(RequestStatus.FORWARDED); // to more organisations
        status.requireOpenForOffers();
        assertThat(status.accept().fulfil()).isEqualTo(RequestStatus.FULFILLED);
    }

    @Test
    void shouldRefuseWhatTheStateDoesNotAllow() {
        assertThatThrownBy(RequestStatus.SUBMITTED::accept).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("A request that is SUBMITTED cannot become ACCEPTED");
        assertThatThrownBy(RequestStatus.SUBMITTED::requireOpenForOffers).hasMessageContaining("takes no offers");
        assertThatThrownBy(RequestStatus.ACCEPTED::cancel).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(RequestStatus.ACCEPTED::forward).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(RequestStatus.CANCELLED::forward).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(RequestStatus.FORWARDED::fulfil).isInstanceOf(IllegalTransitionException.class);
        assertThat(RequestStatus.FORWARDED.cancel()).isEqualTo(RequestStatus.CANCELLED);
    }

    @Test
    void shouldMoveOnlyASubmittedOffer() {
        assertThat(OfferStatus.SUBMITTED.accept()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(OfferStatus.SUBMITTED.decline()).isEqualTo(OfferStatus.DECLINED);
        assertThat(OfferStatus.SUBMITTED.withdraw()).isEqualTo(OfferStatus.WITHDRAWN);
        for (OfferStatus settled : new OfferStatus[] { OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.WITHDRAWN }) {
            assertThatThrownBy(settled::accept).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(settled::withdraw).isInstanceOf(IllegalTransitionException.class);
        }
    }
}
