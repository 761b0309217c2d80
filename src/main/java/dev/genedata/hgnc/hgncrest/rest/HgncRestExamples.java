package dev.genedata.hgnc.hgncrest.rest;

/** Answers of the HGNC routes on the full set, shortened, as the OpenAPI document shows them. */
final class HgncRestExamples {

    static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
            + "<lst name=\"responseHeader\"><int name=\"status\">0</int><int name=\"QTime\">1</int></lst>\n";

    static final String INFO_JSON = "{\"responseHeader\":{\"status\":0,\"QTime\":0},\"lastModified\":\"2026-12-06T08:27:59.417Z\","
            + "\"numDoc\":43882,\"searchableFields\":[\"symbol\",\"alias_symbol\",\"prev_symbol\",\"name\"],"
            + "\"storedFields\":[\"hgnc_id\",\"symbol\",\"name\",\"locus_group\"]}";

    static final String INFO_XML = XML_HEADER + "<result name=\"response\" numFound=\"1\" start=\"0\">\n"
            + "<doc><str name=\"lastModified\">2026-12-06T08:27:59.417Z</str><int name=\"numDoc\">43882</int>"
            + "<arr name=\"searchableFields\"><str>symbol</str><str>alias_symbol</str></arr>"
            + "<arr name=\"storedFields\"><str>hgnc_id</str><str>symbol</str></arr></doc>\n</result>\n</response>\n";

    static final String FETCH_JSON = "{\"responseHeader\":{\"status\":0,\"QTime\":1},\"response\":{\"numFound\":1,\"start\":0,"
            + "\"docs\":[{\"hgnc_id\":\"HGNC:1097\",\"symbol\":\"BRAF\",\"name\":\"B-Raf proto-oncogene, serine/threonine kinase\","
            + "\"locus_group\":\"protein-coding gene\",\"status\":\"Approved\",\"location\":\"7q34\","
            + "\"alias_symbol\":[\"BRAF1\",\"BRAF-1\"],\"gene_group_id\":[654,1157],\"entrez_id\":\"673\",\"orphanet\":119066}]}}";

    static final String FETCH_XML = XML_HEADER + "<result name=\"response\" numFound=\"1\" start=\"0\">\n"
            + "<doc><str name=\"hgnc_id\">HGNC:1097</str><str name=\"symbol\">BRAF</str>"
            + "<str name=\"name\">B-Raf proto-oncogene, serine/threonine kinase</str><str name=\"location\">7q34</str>"
            + "<arr name=\"alias_symbol\"><str>BRAF1</str><str>BRAF-1</str></arr>"
            + "<arr name=\"gene_group_id\"><int>654</int><int>1157</int></arr><str name=\"entrez_id\">673</str>"
            + "<int name=\"orphanet\">119066</int></doc>\n</result>\n</response>\n";

    static final String SEARCH_JSON = "{\"responseHeader\":{\"status\":0,\"QTime\":3},\"response\":{\"numFound\":4,\"start\":0,"
            + "\"maxScore\":467.44623,\"docs\":[{\"hgnc_id\":\"HGNC:1097\",\"symbol\":\"BRAF\",\"score\":467.44623},"
            + "{\"hgnc_id\":\"HGNC:18615\",\"symbol\":\"BRAFP1\",\"score\":21.310934},"
            + "{\"hgnc_id\":\"HGNC:43877\",\"symbol\":\"BANCR\",\"score\":16.503386},"
            + "{\"hgnc_id\":\"HGNC:379\",\"symbol\":\"AKAP9\",\"score\":1.3087392}]}}";

    static final String SEARCH_FIELD_JSON = "{\"responseHeader\":{\"status\":0,\"QTime\":2},\"response\":{\"numFound\":2,"
            + "\"start\":0,\"maxScore\":1.0,\"docs\":[{\"hgnc_id\":\"HGNC:1100\",\"symbol\":\"BRCA1\",\"score\":1.0},"
            + "{\"hgnc_id\":\"HGNC:1101\",\"symbol\":\"BRCA2\",\"score\":1.0}]}}";

    static final String SEARCH_XML = XML_HEADER + "<result name=\"response\" numFound=\"2\" start=\"0\" maxScore=\"1.0\">\n"
            + "<doc><str name=\"hgnc_id\">HGNC:1100</str><str name=\"symbol\">BRCA1</str><float name=\"score\">1.0</float></doc>\n"
            + "<doc><str name=\"hgnc_id\">HGNC:1101</str><str name=\"symbol\">BRCA2</str><float name=\"score\">1.0</float></doc>\n"
            + "</result>\n</response>\n";

    static final String UNKNOWN_FIELD_JSON = "{\"error\":\"unknown field 'colour'; fetch and search take one of symbol, "
            + "alias_symbol, prev_symbol, name, alias_name, prev_name, hgnc_id, status, ...\",\"status\":400}";

    static final String UNKNOWN_FIELD_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
            + "<lst name=\"responseHeader\"><int name=\"status\">400</int><int name=\"QTime\">0</int></lst>\n"
            + "<lst name=\"error\"><str name=\"msg\">unknown field 'colour'; fetch and search take one of symbol, "
            + "alias_symbol, ...</str><int name=\"code\">400</int></lst>\n</response>\n";

    static final String MALFORMED_JSON = "{\"error\":\"malformed query: Encountered \\\"<EOF>\\\" at line 1, column 11.\","
            + "\"status\":400}";

    static final String MALFORMED_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
            + "<lst name=\"responseHeader\"><int name=\"status\">400</int><int name=\"QTime\">0</int></lst>\n"
            + "<lst name=\"error\"><str name=\"msg\">malformed query: Encountered &quot;&lt;EOF&gt;&quot; at line 1, "
            + "column 11.</str><int name=\"code\">400</int></lst>\n</response>\n";

    static final String NOT_READY_JSON = "{\"error\":\"this replica is still building its search view of the data; try again "
            + "in a few seconds\",\"status\":503}";

    static final String NOT_READY_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
            + "<lst name=\"responseHeader\"><int name=\"status\">503</int><int name=\"QTime\">0</int></lst>\n"
            + "<lst name=\"error\"><str name=\"msg\">this replica is still building its search view of the data; try again "
            + "in a few seconds</str><int name=\"code\">503</int></lst>\n</response>\n";

    private HgncRestExamples() {
    }
}
