package org.taplatform.coordination.coverage.model;

/** An offer the State accepted for a request that names the need: a provider committed, no activity yet. */
public record OfferFact(String organisation, String title) {
}
