package dev.genedata.hgnc.search.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.gene.view.GeneView;
import dev.genedata.hgnc.gene.view.ViewField;

/**
 * HGNC's query syntax, as its REST service (Solr) reads it: bare terms, {@code field:value},
 * {@code *} and {@code ?} wildcards, quoted phrases, {@code AND}/{@code OR}/{@code NOT} and parentheses.
 * A bare term searches approved, previous and alias symbols, names and ids, an approved symbol weighing
 * most, so that an exact approved symbol ranks first. Values compare ignoring case; keyword fields
 * (symbols, ids, types) match whole values, names match words.
 */
public final class QuerySyntax {

    /** The longest query accepted. */
    public static final int MAX_LENGTH = 1000;

    /** What a bare term searches, and how much a match on each weighs. */
    static final Map<String, Float> BARE_TERM_FIELDS = bareTermFields();

    private static final Pattern HGNC_ID = Pattern.compile("(?i)HGNC:\\d{1,9}");
    private static final Set<String> FIELDS = new TreeSet<>(ViewField.ids());

    /**
     * The queries parsed last, least recently used first out. A parse depends only on the text and the default
     * field (every view analyzes alike) and a query is immutable, so one parse serves every search that repeats
     * it, on any view: a bare wildcard builds an automaton for each of the fields it searches, about a third of
     * such a search's time (a profile of {@code q=ZNF*} under wrk).
     */
    private static final Map<Parsed, Query> RECENT = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Parsed, Query> eldest) {
            return size() > 512;
        }
    });

    private QuerySyntax() {
    }

    private static Map<String, Float> bareTermFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(ViewField.SYMBOL.id(), 100f);
        fields.put(ViewField.HGNC_ID.id(), 100f);
        fields.put(ViewField.PREV_SYMBOL.id(), 20f);
        fields.put(ViewField.ALIAS_SYMBOL.id(), 10f);
        fields.put(ViewField.NAME.id(), 4f);
        fields.put(ViewField.PREV_NAME.id(), 1f);
        fields.put(ViewField.ALIAS_NAME.id(), 1f);
        for (ViewField id : new ViewField[] { ViewField.ENTREZ_ID, ViewField.ENSEMBL_GENE_ID, ViewField.UNIPROT_IDS,
            ViewField.REFSEQ_ACCESSION, ViewField.OMIM_ID, ViewField.CCDS_ID, ViewField.ENA, ViewField.MGD_ID,
            ViewField.RGD_ID, ViewField.UCSC_ID, ViewField.VEGA_ID, ViewField.RNA_CENTRAL_ID, ViewField.MANE_SELECT }) {
            fields.put(id.id(), 5f);
        }
        return fields;
    }

    /**
     * Parses a query.
     *
     * @param text the query as the client wrote it
     * @param analyzer the view's analyzer, so that query terms are normalized as indexed terms were
     * @throws InvalidInputException for an empty, too long or malformed query (saying where), or one that names
     *         a field the view does not search
     */
    public static Query parse(String text, Analyzer analyzer) {
        return parse(text, analyzer, null);
    }

    /**
     * Parses a query whose bare terms search one field, as HGNC's {@code /search/{field}/{term}} reads it:
     * {@code ZNF* AND status:Approved} under {@code symbol} is {@code symbol:ZNF* AND status:Approved}.
     *
     * @param defaultField the field bare terms search; null for the fields a bare term searches by default
     * @throws InvalidInputException as {@link #parse(String, Analyzer)}
     */
    public static Query parse(String text, Analyzer analyzer, ViewField defaultField) {
        Parsed key = new Parsed(text == null ? "" : text.strip(), defaultField);
        Query cached = RECENT.get(key);
        if (cached == null) {
            cached = parseAnew(key.query(), analyzer, defaultField);
            RECENT.put(key, cached);
        }
        return cached;
    }

    private static Query parseAnew(String query, Analyzer analyzer, ViewField defaultField) {
        if (query.isEmpty()) {
            throw new InvalidInputException("the query is empty; search for a symbol, a name or field:value, e.g. BRCA1");
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidInputException("the query is too long: at most " + MAX_LENGTH + " characters; got "
                    + query.length());
        }
        if ((defaultField == null || defaultField == ViewField.HGNC_ID) && HGNC_ID.matcher(query).matches()) {
            return new TermQuery(new Term(ViewField.HGNC_ID.exactField(), query.toLowerCase(Locale.ROOT)));
        }
        QueryParser parser = defaultField == null
                ? new MultiFieldQueryParser(BARE_TERM_FIELDS.keySet().toArray(String[]::new), analyzer, BARE_TERM_FIELDS)
                : new QueryParser(defaultField.id(), analyzer);
        parser.setAllowLeadingWildcard(true);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setSplitOnWhitespace(true);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            if (e.getCause() instanceof TooComplexToDeterminizeException tooComplex) {
                throw tooCostly(tooComplex);
            }
            throw new InvalidInputException("malformed query: " + reason(e));
        }
        checkFields(parsed);
        return constantScored(parsed);
    }

    private static void checkFields(Query parsed) {
        parsed.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!FIELDS.contains(field)) {
                    throw new InvalidInputException("unknown field '" + Excerpt.of(field) + "' in the query; searchable: "
                            + String.join(", ", ViewField.ids()));
                }
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    /**
     * The query with each pattern (wildcard, prefix, regular expression, range) in a {@link ConstantScoreQuery}: it
     * scores the same (a pattern's matches all score its boost), and the view's query cache may then keep the
     * pattern's matches, since the inner query is run without scores; expanding a pattern over the terms of every
     * field a bare word searches is most of such a search's time ({@link GeneView}). Fuzzy terms, which score by
     * likeness, stay as they are.
     */
    private static Query constantScored(Query query) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder all = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool) {
                all.add(constantScored(clause.getQuery()), clause.getOccur());
            }
            return all.build();
        }
        if (query instanceof BoostQuery boosted) {
            return new BoostQuery(constantScored(boosted.getQuery()), boosted.getBoost());
        }
        if (query instanceof MultiTermQuery && !(query instanceof FuzzyQuery)) {
            return new ConstantScoreQuery(query);
        }
        return query;
    }

    /**
     * The 400 for a query that Lucene refuses to run, which it finds out only when it rewrites the query for a
     * search: one that expands to more clauses than {@link IndexSearcher#getMaxClauseCount()} (a bare word counts
     * once per field it searches, a fuzzy term once per word it matches), or a pattern too complex to turn into
     * an automaton.
     */
    public static InvalidInputException tooCostly(RuntimeException e) {
        if (e instanceof IndexSearcher.TooManyClauses) {
            return new InvalidInputException("the query is too large: it expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms (a bare word counts once for each of the "
                    + BARE_TERM_FIELDS.size() + " fields it searches, a fuzzy term once for each word it matches); "
                    + "use fewer words, field:value, or narrower patterns", e);
        }
        return new InvalidInputException("the query is too complex to run (" + e.getClass().getSimpleName()
                + "): use fewer wildcards, ranges or regular expressions", e);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.replaceFirst("^Cannot parse '.*?': ", "").strip();
    }


    /** What a parse depends on. */
    private record Parsed(String query, ViewField defaultField) {
    }
}
