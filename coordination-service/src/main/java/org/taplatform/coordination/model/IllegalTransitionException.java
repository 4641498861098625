package org.taplatform.coordination.model;

/** A state change its current state does not allow (shared by the domain models of alerts and requests); the API answers 409. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
