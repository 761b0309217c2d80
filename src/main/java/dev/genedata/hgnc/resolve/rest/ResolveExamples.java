package dev.genedata.hgnc.resolve.rest;

/** Answers of {@code POST /genes/resolve} for the OpenAPI document, as the service gave them for the full set. */
final class ResolveExamples {

    static final String JSON = "[]";
    static final String CSV = "";
    static final String TSV = "";

    private ResolveExamples() {
    }
}
