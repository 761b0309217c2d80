package dev.genedata.hgnc.common.error;

/** The data changed under a read before it could finish; the same request, sent again, can succeed (a 503). */
public class ConcurrentChangeException extends DomainException {

    /** @param message what changed, and that a retry helps */
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
