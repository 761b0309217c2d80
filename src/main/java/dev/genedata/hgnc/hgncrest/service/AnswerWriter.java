package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the parts of an answer in the shape {@code rest.genenames.org} gives them (Solr's response
 * writers): the header and the opening of the result, one document at a time, the end. An answer is
 * written in that order, straight to the output, so that a long one never sits in memory whole.
 */
public sealed interface AnswerWriter permits JsonAnswerWriter, XmlAnswerWriter {

    /** The writer of a format. */
    static AnswerWriter of(AnswerFormat format) {
        return format == AnswerFormat.JSON ? JsonAnswerWriter.INSTANCE : XmlAnswerWriter.INSTANCE;
    }

    /**
     * The response header and the opening of the result list.
     *
     * @param qTime milliseconds the query took
     * @param numFound how many documents follow
     * @param maxScore the best score, for a search; NaN for a fetch, whose documents carry none
     */
    void start(OutputStream out, long qTime, long numFound, float maxScore) throws IOException;

    /**
     * One record as a document with every stored field.
     *
     * @param json the record as stored: a UTF-8 JSON object
     * @param first whether it is the first document of the answer
     */
    void record(OutputStream out, byte[] json, int offset, int length, boolean first) throws IOException;

    /** One search hit as a document with {@code hgnc_id}, {@code symbol} and {@code score}. */
    void hit(OutputStream out, String hgncId, String symbol, float score, boolean first) throws IOException;

    /** The end of the result list and of the answer. */
    void end(OutputStream out) throws IOException;

    /**
     * The whole answer of {@code /info}.
     *
     * @param lastModified when the data answered from was indexed, as HGNC writes it: {@code 2024-11-12T13:14:30.758Z}
     * @param numDoc how many records it holds
     * @param searchableFields what fetch and search take
     * @param storedFields what a fetched record may carry
     */
    void info(OutputStream out, long qTime, String lastModified, int numDoc, List<String> searchableFields,
            List<String> storedFields) throws IOException;
}
