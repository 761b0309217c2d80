package dev.genedata.hgnc.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A gene record laid out for its page: every field, grouped (identity, location, nomenclature history, gene
 * groups, dates, cross-references, then any other), each value a link where there is somewhere to go: the
 * cross-references to their databases, symbols and groups to a search of this service.
 *
 * @param symbol the approved symbol
 * @param name the approved name
 * @param hgncId the HGNC id
 * @param groups the fields, grouped, in the order shown
 */
public record GeneRecord(String symbol, String name, String hgncId, List<Group> groups) {

    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
    private static final Map<String, Function<String, String>> LINKS = Map.ofEntries(
            Map.entry("hgnc_id", v -> "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/" + v),
            Map.entry("entrez_id", v -> "https://www.ncbi.nlm.nih.gov/gene/" + v),
            Map.entry("ensembl_gene_id", v -> "https://www.ensembl.org/id/" + v),
            Map.entry("uniprot_ids", v -> "https://www.uniprot.org/uniprotkb/" + v),
            Map.entry("omim_id", v -> "https://omim.org/entry/" + v),
            Map.entry("refseq_accession", v -> "https://www.ncbi.nlm.nih.gov/nuccore/" + v),
            Map.entry("mgd_id", v -> "https://www.informatics.jax.org/marker/" + v),
            Map.entry("rgd_id", v -> "https://rgd.mcw.edu/rgdweb/report/gene/main.html?id=" + v.replace("RGD:", "")),
            Map.entry("ccds_id", v -> "https://www.ncbi.nlm.nih.gov/CCDS/CcdsBrowse.cgi?REQUEST=CCDS&DATA=" + v),
            Map.entry("ucsc_id", v -> "https://genome.ucsc.edu/cgi-bin/hgGene?org=human&hgg_gene=" + v),
            Map.entry("pubmed_id", v -> "https://pubmed.ncbi.nlm.nih.gov/" + v + "/"),
            Map.entry("agr", v -> "https://www.alliancegenome.org/gene/" + v),
            Map.entry("ena", v -> "https://www.ebi.ac.uk/ena/browser/view/" + v),
            Map.entry("rna_central_id", v -> "https://rnacentral.org/rna/" + v),
            Map.entry("cosmic", v -> "https://cancer.sanger.ac.uk/cosmic/gene/analysis?ln=" + v),
            Map.entry("mane_select", v -> v.startsWith("ENST") ? "https://www.ensembl.org/id/" + v
                    : "https://www.ncbi.nlm.nih.gov/nuccore/" + v),
            Map.entry("gene_group_id", v -> "https://www.genenames.org/data/genegroup/#!/group/" + v),
            Map.entry("prev_symbol", v -> search("q", v)),
            Map.entry("alias_symbol", v -> search("q", v)),
            Map.entry("gene_group", v -> search("gene_group", v)),
            Map.entry("locus_group", v -> search("locus_group", v)),
            Map.entry("locus_type", v -> search("locus_type", v)));

    static {
        GROUPS.put("Identity", List.of("hgnc_id", "symbol", "name", "status", "locus_group", "locus_type", "uuid"));
        GROUPS.put("Location", List.of("location", "location_sortable"));
        GROUPS.put("Nomenclature history", List.of("prev_symbol", "prev_name", "alias_symbol", "alias_name"));
        GROUPS.put("Gene groups", List.of("gene_group", "gene_group_id"));
        GROUPS.put("Dates", List.of("date_approved_reserved", "date_symbol_changed", "date_name_changed",
                "date_modified"));
        GROUPS.put("Cross-references", List.of("entrez_id", "ensembl_gene_id", "refseq_accession", "mane_select",
                "uniprot_ids", "ccds_id", "ucsc_id", "vega_id", "ena", "omim_id", "mgd_id", "rgd_id", "agr",
                "rna_central_id", "cosmic", "pubmed_id"));
    }

    /** Lays out a record as stored (one JSON object). */
    static GeneRecord of(JsonNode record) {
        Set<String> left = new LinkedHashSet<>();
        record.fieldNames().forEachRemaining(left::add);
        List<Group> groups = new ArrayList<>();
        GROUPS.forEach((title, names) -> {
            List<Field> fields = new ArrayList<>();
            for (String name : names) {
                if (left.remove(name)) {
                    fields.add(field(name, record.get(name)));
                }
            }
            if (!fields.isEmpty()) {
                groups.add(new Group(title, fields));
            }
        });
        if (!left.isEmpty()) {
            groups.add(new Group("Other databases", left.stream().map(name -> field(name, record.get(name))).toList()));
        }
        return new GeneRecord(record.path("symbol").asText(), record.path("name").asText(),
                record.path("hgnc_id").asText(), groups);
    }

    private static Field field(String name, JsonNode node) {
        List<Value> values = new ArrayList<>();
        (node.isArray() ? node : List.of(node)).forEach(item -> {
            String text = item.asText();
            Function<String, String> link = LINKS.get(name);
            values.add(new Value(text, link == null ? null : link.apply(text)));
        });
        return new Field(name, values);
    }

    private static String search(String parameter, String value) {
        return "/ui/search?" + ("q".equals(parameter) ? "" : "q=&") + parameter + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A group of fields under a heading.
     *
     * @param title the heading
     * @param fields its fields, in order
     */
    public record Group(String title, List<Field> fields) {
    }

    /**
     * One field.
     *
     * @param name as HGNC names it
     * @param values one or more (multi-valued fields)
     */
    public record Field(String name, List<Value> values) {
    }

    /**
     * One value.
     *
     * @param text as stored
     * @param url where it leads, or null
     */
    public record Value(String text, String url) {
    }
}
