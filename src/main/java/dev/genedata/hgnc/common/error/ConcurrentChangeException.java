package dev.genedata.hgnc.common.error;

/**
 * The data changed under a request before it could finish (a read whose set was replaced, a load that lost its
 * lock); the same request, sent again, can succeed (a 503).
 */
public class ConcurrentChangeException extends DomainException {

    /** @param message what changed, and that a retry helps */
    public ConcurrentChangeException(String message) {
        super(message, null);
    }
}
