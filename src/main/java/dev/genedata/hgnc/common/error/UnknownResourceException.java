package dev.genedata.hgnc.common.error;

/** The thing asked for does not exist, or no longer does (a 404). */
public class UnknownResourceException extends DomainException {

    /** @param message what was asked for and why it is not there */
    public UnknownResourceException(String message) {
        super(message);
    }
}
