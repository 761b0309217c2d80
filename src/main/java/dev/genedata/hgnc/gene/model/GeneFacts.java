package dev.genedata.hgnc.gene.model;

import java.util.List;
import java.util.Set;

/**
 * What the summary and the analyses need to know of one gene, taken from its record once
 * at load time so that nobody parses the record JSON again.
 *
 * @param id the numeric part of {@code hgnc_id}
 * @param symbol the approved symbol
 * @param locusGroup {@code locus_group}, or null
 * @param locusType {@code locus_type}, or null
 * @param status {@code status}, or null
 * @param chromosomes chromosomes derived from {@code location} (1–22, X, Y, MT), possibly empty
 * @param geneGroups {@code gene_group} names
 * @param dateApproved {@code date_approved_reserved} (YYYY-MM-DD), or null
 * @param dateModified {@code date_modified} (YYYY-MM-DD), or null
 * @param fields the fields the record has filled
 */
public record GeneFacts(int id, String symbol, String locusGroup, String locusType, String status,
        Set<String> chromosomes, List<String> geneGroups,
        String dateApproved, String dateModified, FieldSet fields) {

    /** The year of {@link #dateApproved()}, or 0 when the record has none. */
    public int yearApproved() {
        return dateApproved == null || dateApproved.length() < 4 ? 0 : Integer.parseInt(dateApproved.substring(0, 4));
    }
}
