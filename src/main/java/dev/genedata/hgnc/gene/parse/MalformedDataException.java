package dev.genedata.hgnc.gene.parse;

import dev.genedata.hgnc.common.error.InvalidInputException;

/** The uploaded file is not a well-formed HGNC set (a 400). The message says what is wrong and where. */
public class MalformedDataException extends InvalidInputException {

    /** @param message what is wrong and where (record index, line, column) */
    public MalformedDataException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause the parser's own failure, kept for the logs
     */
    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
