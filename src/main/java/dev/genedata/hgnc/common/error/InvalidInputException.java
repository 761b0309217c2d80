package dev.genedata.hgnc.common.error;

/** The request is malformed or names something that is not allowed (a 400). */
public class InvalidInputException extends DomainException {

    /** @param message what is wrong, what is allowed and what was given */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, what is allowed and what was given
     * @param cause the underlying failure, kept for the logs
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
