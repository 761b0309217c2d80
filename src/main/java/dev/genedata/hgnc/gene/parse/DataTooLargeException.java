package dev.genedata.hgnc.gene.parse;

import dev.genedata.hgnc.common.error.ServiceException;

/** A 413: the data set, once decompressed, is larger than a load reads. */
public class DataTooLargeException extends ServiceException {

    /** @param limit the largest size read, in bytes */
    public DataTooLargeException(long limit) {
        super(413, "the data set is larger than " + limit + " bytes once decompressed (hgnc.data.max-size); "
                + "the HGNC complete set is about 30 MB");
    }
}
