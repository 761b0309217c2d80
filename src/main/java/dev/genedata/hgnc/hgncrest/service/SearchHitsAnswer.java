package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.io.OutputStream;

import dev.genedata.hgnc.gene.view.GeneView;

/**
 * The genes a search found, best first, each as {@code hgnc_id}, {@code symbol} and {@code score}. The hits
 * are ranked before the first part is written (8 bytes a hit).
 */
final class SearchHitsAnswer extends HgncAnswer {

    /** Hits per part: about 60 KB of JSON. */
    private static final int PAGE = 1024;

    private final AnswerWriter writer;
    private final GeneView view;
    private final RankedHits hits;
    private boolean started;
    private int next;

    SearchHitsAnswer(AnswerFormat format, long started, GeneView view, RankedHits hits) {
        super(format, view.version(), started);
        this.writer = AnswerWriter.of(format);
        this.view = view;
        this.hits = hits;
    }

    @Override
    public boolean writeNext(OutputStream out) throws IOException {
        if (!started) {
            writer.start(out, qTime(), hits.size(), hits.size() == 0 ? 0f : hits.score(0));
            started = true;
        }
        int end = Math.min(hits.size(), next + PAGE);
        for (; next < end; next++) {
            int doc = hits.doc(next);
            writer.hit(out, "HGNC:" + view.id(doc), view.symbol(doc), hits.score(next), next == 0);
        }
        if (next == hits.size()) {
            writer.end(out);
            return false;
        }
        return true;
    }
}
