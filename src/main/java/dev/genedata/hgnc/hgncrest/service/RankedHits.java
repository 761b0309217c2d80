package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every document a query matches with its score, ranked as HGNC ranks its search results: best score first,
 * ties in index order (HGNC id order here). HGNC answers a search with all its hits, so they are all kept,
 * as one {@code long} each: the score's bits (inverted, so that ascending order is best first) above the
 * document number.
 */
final class RankedHits {

    private final long[] keys;

    private RankedHits(long[] keys) {
        this.keys = keys;
    }

    /** Collects the hits of a search; {@link Collector#hits()} ranks them. */
    static CollectorManager<Collector, RankedHits> collector() {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector();
            }

            @Override
            public RankedHits reduce(Collection<Collector> collectors) {
                int size = collectors.stream().mapToInt(collector -> collector.size).sum();
                long[] all = new long[size];
                int at = 0;
                for (Collector collector : collectors) {
                    System.arraycopy(collector.keys, 0, all, at, collector.size);
                    at += collector.size;
                }
                Arrays.sort(all);
                return new RankedHits(all);
            }
        };
    }

    /** How many hits there are. */
    int size() {
        return keys.length;
    }

    /** The document of the hit at this rank (0 is the best). */
    int doc(int rank) {
        return (int) keys[rank];
    }

    /** The score of the hit at this rank. */
    float score(int rank) {
        return Float.intBitsToFloat(Integer.MAX_VALUE - (int) (keys[rank] >>> 32));
    }

    /** Gathers documents and scores, in the order the search meets them. */
    static final class Collector extends SimpleCollector {

        private long[] keys = new long[64];
        private int size;
        private int docBase;
        private Scorable scorer;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            // scores are never negative, so their bits order as the scores do
            int scoreBits = Float.floatToIntBits(Math.max(0f, scorer.score()));
            keys[size++] = ((long) (Integer.MAX_VALUE - scoreBits) << 32) | (docBase + doc);
        }
    }
}
