package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import dev.genedata.hgnc.gene.view.GeneView;

/**
 * The records whose field holds one whole value, in HGNC id order, each written as the view holds it. The
 * value's postings are read straight from each segment's terms (an exact lookup needs no query, scoring or
 * cache), and walked as the parts are written: memory stays one page of records however many match.
 */
final class FetchAnswer extends HgncAnswer {

    /** Records per part: about 45 KB of JSON. */
    private static final int PAGE = 64;

    private final AnswerWriter writer;
    private final GeneView view;
    private final List<LeafReaderContext> leaves;
    /** Per segment, its terms positioned at the value, or null when it lacks the value. */
    private final TermsEnum[] found;
    private final long numFound;
    private int nextLeaf;
    private int docBase;
    private PostingsEnum docs;
    private boolean started;
    private int written;

    /**
     * @param field the index field holding whole values lower-cased
     * @param value the value, lower-cased
     */
    FetchAnswer(AnswerFormat format, long started, GeneView view, String field, String value) throws IOException {
        super(format, view.version(), started);
        this.writer = AnswerWriter.of(format);
        this.view = view;
        this.leaves = view.searcher().getIndexReader().leaves();
        this.found = new TermsEnum[leaves.size()];
        BytesRef term = new BytesRef(value);
        long count = 0;
        for (int i = 0; i < found.length; i++) {
            found[i] = seek(leaves.get(i), field, term);
            // views never delete documents, so a term's document frequency is its count
            count += found[i] == null ? 0 : found[i].docFreq();
        }
        this.numFound = count;
    }

    @Override
    public boolean writeNext(OutputStream out) throws IOException {
        if (!started) {
            writer.start(out, qTime(), numFound, Float.NaN);
            started = true;
        }
        for (int i = 0; i < PAGE; i++) {
            int doc = nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                writer.end(out);
                return false;
            }
            BytesRef json = view.json(doc);
            writer.record(out, json.bytes, json.offset, json.length, written++ == 0);
        }
        return true;
    }

    private int nextDoc() throws IOException {
        while (true) {
            if (docs == null) {
                if (nextLeaf == found.length) {
                    return DocIdSetIterator.NO_MORE_DOCS;
                }
                TermsEnum terms = found[nextLeaf];
                docBase = leaves.get(nextLeaf++).docBase;
                docs = terms == null ? null : terms.postings(null, PostingsEnum.NONE);
                continue;
            }
            int doc = docs.nextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                return docBase + doc;
            }
            docs = null;
        }
    }

    /** The segment's terms positioned at the value; null when the segment lacks it. */
    private static TermsEnum seek(LeafReaderContext leaf, String field, BytesRef value) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum iterator = terms.iterator();
        return iterator.seekExact(value) ? iterator : null;
    }
}
