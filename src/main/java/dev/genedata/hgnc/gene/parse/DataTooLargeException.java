package dev.genedata.hgnc.gene.parse;

import dev.genedata.hgnc.common.error.DomainException;

/** The data set, once decompressed, is larger than a load reads (a 413). */
public class DataTooLargeException extends DomainException {

    /** @param limit the largest size read, in bytes */
    public DataTooLargeException(long limit) {
        super("the data set is larger than " + limit + " bytes once decompressed (hgnc.data.max-size); "
                + "the HGNC complete set is about 30 MB");
    }
}
