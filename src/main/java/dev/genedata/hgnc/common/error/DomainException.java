package dev.genedata.hgnc.common.error;

/**
 * A failure the client should hear about, with a message meant for the client: what went wrong and what is
 * allowed. Its type says what kind of failure it is; it carries no HTTP status: {@link ErrorMapper} chooses
 * that at the edge.
 */
public abstract class DomainException extends RuntimeException {

    /** @param cause the underlying failure, kept for the logs; may be null */
    protected DomainException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
