package dev.genedata.hgnc.gene.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The values of the {@link ViewField#FACETS facet fields} of one view, document by document, each value held as a
 * small code: counting the values among the genes a search matches is an array increment per gene and value, with
 * nothing to decode (Lucene's doc-values facets read each document's ordinals through the index's byte buffers, most
 * of a faceted search's time). A document counts once per distinct value of a field. Immutable once built.
 */
public final class FacetValues {

    /** Per facet field (in {@link ViewField#FACETS} order), the distinct values; a code is an index into it. */
    private final String[][] labels;
    /** Per facet field, document {@code d}'s codes are {@code codes[starts[d], starts[d + 1])}. */
    private final int[][] starts;
    private final int[][] codes;

    private FacetValues(String[][] labels, int[][] starts, int[][] codes) {
        this.labels = labels;
        this.starts = starts;
        this.codes = codes;
    }

    /**
     * Counts the values of these fields among the documents a search collects: pass it to the searcher, with the
     * collector of the hits in a {@link org.apache.lucene.search.MultiCollectorManager}.
     */
    public CollectorManager<Counter, Counter> counting(List<ViewField> fields) {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter(fields);
            }

            @Override
            public Counter reduce(Collection<Counter> counters) {
                Counter all = new Counter(fields);
                for (Counter counter : counters) {
                    for (int f = 0; f < all.counts.length; f++) {
                        for (int code = 0; code < all.counts[f].length; code++) {
                            all.counts[f][code] += counter.counts[f][code];
                        }
                    }
                }
                return all;
            }
        };
    }

    /** The counts of one search, per field asked for; a collector while the search runs. */
    public final class Counter extends SimpleCollector {

        private final List<ViewField> fields;
        private final int[] facet;
        private final int[][] counts;
        private int docBase;

        private Counter(List<ViewField> fields) {
            this.fields = fields;
            this.facet = fields.stream().mapToInt(ViewField.FACETS::indexOf).toArray();
            this.counts = new int[facet.length][];
            for (int f = 0; f < facet.length; f++) {
                if (facet[f] < 0) {
                    throw new IllegalArgumentException(fields.get(f).id() + " is not a facet field");
                }
                counts[f] = new int[labels[facet[f]].length];
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            int global = docBase + doc;
            for (int f = 0; f < facet.length; f++) {
                int[] at = starts[facet[f]];
                int[] held = codes[facet[f]];
                int[] count = counts[f];
                for (int i = at[global]; i < at[global + 1]; i++) {
                    count[held[i]]++;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /**
         * Per field asked for, in the order asked, its values among the counted documents: at most {@code most},
         * the most frequent first, ties in the values' order; values no counted document holds are left out.
         */
        public Map<String, Map<String, Integer>> top(int most) {
            Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
            for (int f = 0; f < facet.length; f++) {
                String[] names = labels[facet[f]];
                int[] count = counts[f];
                Integer[] order = new Integer[names.length];
                int held = 0;
                for (int code = 0; code < names.length; code++) {
                    if (count[code] > 0) {
                        order[held++] = code;
                    }
                }
                Arrays.sort(order, 0, held, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a])
                        : names[a].compareTo(names[b]));
                Map<String, Integer> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(held, most); i++) {
                    values.put(names[order[i]], count[order[i]]);
                }
                top.put(fields.get(f).id(), values);
            }
            return top;
        }
    }

    /** Collects values document by document, in document order; not thread-safe. */
    static final class Builder {

        private final List<Map<String, Integer>> codeOf = new ArrayList<>();
        private final List<List<String>> labels = new ArrayList<>();
        private final int[][] starts = new int[ViewField.FACETS.size()][1024];
        private final int[][] codes = new int[ViewField.FACETS.size()][1024];
        private final int[] size = new int[ViewField.FACETS.size()];
        private int doc;

        Builder() {
            for (int f = 0; f < ViewField.FACETS.size(); f++) {
                codeOf.add(new HashMap<>());
                labels.add(new ArrayList<>());
            }
        }

        /** Records that the document being added holds this value in a facet field; a repeated value counts once. */
        void add(ViewField field, String value) {
            int f = ViewField.FACETS.indexOf(field);
            List<String> known = labels.get(f);
            int code = codeOf.get(f).computeIfAbsent(value, added -> {
                known.add(added);
                return known.size() - 1;
            });
            int[] held = codes[f];
            for (int i = starts[f][doc]; i < size[f]; i++) {
                if (held[i] == code) {
                    return;
                }
            }
            if (size[f] == held.length) {
                codes[f] = held = Arrays.copyOf(held, 2 * held.length);
            }
            held[size[f]++] = code;
        }

        /** Ends the document being added: the next values belong to the next document. */
        void endDocument() {
            doc++;
            for (int f = 0; f < starts.length; f++) {
                if (doc == starts[f].length) {
                    starts[f] = Arrays.copyOf(starts[f], 2 * doc);
                }
                starts[f][doc] = size[f];
            }
        }

        /** The finished values; the builder is not used after. */
        FacetValues build() {
            int fields = starts.length;
            String[][] names = new String[fields][];
            int[][] docStarts = new int[fields][];
            int[][] docCodes = new int[fields][];
            for (int f = 0; f < fields; f++) {
                names[f] = labels.get(f).toArray(String[]::new);
                docStarts[f] = Arrays.copyOf(starts[f], doc + 1);
                docCodes[f] = Arrays.copyOf(codes[f], size[f]);
            }
            return new FacetValues(names, docStarts, docCodes);
        }
    }
}
