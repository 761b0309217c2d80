package dev.genedata.hgnc.common.error;

/** The request cannot be served in the current state: no set loaded, a load running, a job failed (a 409). */
public class StateConflictException extends DomainException {

    /** @param message what state stands in the way, and what to do about it */
    public StateConflictException(String message) {
        super(message);
    }
}
