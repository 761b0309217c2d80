package dev.genedata.hgnc.common.error;

/**
 * A failure the client should hear about, in words meant for the client: what went wrong and what is
 * allowed. It says what kind of failure it is by its type and carries no HTTP status; {@link ErrorMapper}
 * chooses the status at the edge.
 */
public abstract class DomainException extends RuntimeException {

    /** @param message what went wrong, in words meant for the client */
    protected DomainException(String message) {
        this(message, null);
    }

    /**
     * @param message what went wrong, in words meant for the client
     * @param cause the underlying failure, kept for the logs
     */
    protected DomainException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
