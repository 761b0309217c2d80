package dev.genedata.hgnc.gene.source;

import java.net.URI;

import dev.genedata.hgnc.common.error.DomainException;

/** The configured HGNC source could not be read, or did not send an HGNC set (a 502). */
public class SourceUnavailableException extends DomainException {

    /**
     * @param url the source
     * @param reason why it could not be loaded
     */
    public SourceUnavailableException(URI url, String reason) {
        super("could not load the HGNC set from " + url + ": " + reason);
    }
}
