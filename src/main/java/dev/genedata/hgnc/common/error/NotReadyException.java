package dev.genedata.hgnc.common.error;

/** This process cannot answer yet but will shortly, such as a replica still building its read view (a 503). */
public class NotReadyException extends DomainException {

    /** @param message what is not ready, and when to try again */
    public NotReadyException(String message) {
        super(message, null);
    }
}
