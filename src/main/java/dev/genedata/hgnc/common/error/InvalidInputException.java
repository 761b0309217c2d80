package dev.genedata.hgnc.common.error;

/** The request is malformed or names something not allowed; the message names what, what is allowed and what was given. */
public class InvalidInputException extends DomainException {

    /** A failure without an underlying one. */
    public InvalidInputException(String message) {
        super(message, null);
    }

    /** @param cause the underlying failure, kept for the logs */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
