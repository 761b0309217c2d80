package dev.genedata.hgnc.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.rest.Paging;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.search.service.GeneSearch;
import dev.genedata.hgnc.search.service.SearchAnswer;
import dev.genedata.hgnc.search.service.SearchHit;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code /ui/search?q=}: a page of hits, each linking to its gene page, with facet counts that narrow the search
 * by locus group, locus type, chromosome and status; every state is a URL, so it can be bookmarked.
 */
@Path("/ui/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    /** The facets the page counts and narrows by, in the order shown. */
    static final List<String> FACETS = List.of("locus_group", "locus_type", "chromosome", "status");
    private static final int PAGE = 20;

    private final GeneSearch search;

    SearchPage(GeneSearch search) {
        this.search = search;
    }

    /** One page of hits; a malformed query or filter is shown beside the search box. */
    @GET
    @Blocking
    @Operation(summary = "The search page (HTML)")
    public Response page(@QueryParam("q") String q, @QueryParam("offset") String offset,
            @QueryParam("locus_group") String locusGroup, @QueryParam("locus_type") String locusType,
            @QueryParam("chromosome") String chromosome, @QueryParam("status") String status,
            @QueryParam("gene_group") String geneGroup) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "locus_group", locusGroup);
        put(filters, "locus_type", locusType);
        put(filters, "chromosome", chromosome);
        put(filters, "status", status);
        put(filters, "gene_group", geneGroup);
        String query = q == null ? "" : q.strip();
        try {
            int from = Paging.of(offset, null).offset();
            SearchAnswer answer = search.search(query, GeneFilter.indexed(locusGroup, locusType, status, chromosome,
                    geneGroup), from, PAGE, List.of("location", "locus_type"), FACETS);
            return Pages.page(Templates.search(new View(query, filters, answer), null), null);
        } catch (RuntimeException e) {
            ApiError problem = Pages.problem(e);
            return Pages.page(Templates.search(new View(query, filters, null), problem), problem);
        }
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }

    /**
     * What the page shows, and the links it offers.
     *
     * @param q the query as given ("" for none)
     * @param filters the facet filters in force, by parameter name
     * @param answer the hits and counts; null when the search failed
     */
    public record View(String q, Map<String, String> filters, SearchAnswer answer) {

        /** The number of the first hit on this page, counting from 1. */
        public long first() {
            return answer.offset() + 1L;
        }

        /** A field a hit carries, as text; "" when it has none. */
        public String field(SearchHit hit, String name) {
            JsonNode value = hit.extra().get(name);
            if (value == null) {
                return "";
            }
            List<String> values = new java.util.ArrayList<>();
            (value.isArray() ? value : List.of(value)).forEach(item -> values.add(item.asText()));
            return String.join(", ", values);
        }

        /** The number of the last hit on this page. */
        public long last() {
            return Math.min(answer.total(), answer.offset() + (long) answer.hits().size());
        }

        /** The previous page, or null on the first. */
        public String previous() {
            return answer.offset() == 0 ? null : url(q, filters, Math.max(0, answer.offset() - PAGE));
        }

        /** The next page, or null on the last. */
        public String next() {
            return answer.offset() + PAGE >= answer.total() ? null : url(q, filters, answer.offset() + PAGE);
        }

        /** The search narrowed to genes whose {@code field} is {@code value}. */
        public String narrow(String field, String value) {
            Map<String, String> narrowed = new LinkedHashMap<>(filters);
            narrowed.put(field, value);
            return url(q, narrowed, 0);
        }

        /** The search without the filter on {@code field}. */
        public String widen(String field) {
            Map<String, String> widened = new LinkedHashMap<>(filters);
            widened.remove(field);
            return url(q, widened, 0);
        }

        /** A facet's name for people: {@code locus_group} → "Locus group". */
        public String label(String field) {
            String words = field.replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        /** The link to a search. */
        static String url(String q, Map<String, String> filters, int offset) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            parameters.putAll(filters);
            if (offset > 0) {
                parameters.put("offset", Integer.toString(offset));
            }
            return "/ui/search?" + parameters.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
