package dev.genedata.hgnc.common.error;

/**
 * The data store refused a write for lack of memory (Redis at its {@code maxmemory}): waiting will not help, an
 * operator has to make room (a 507).
 */
public class StoreFullException extends DomainException {

    /**
     * @param message how much memory there is and how much is needed, and what to do about it
     * @param cause Redis's refusal, kept for the logs
     */
    public StoreFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
