package dev.genedata.hgnc.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import dev.genedata.hgnc.support.SampleData;

/**
 * Generates malformed requests for every route from a seeded {@link Random}, so a failing run can be
 * repeated exactly: broken and truncated JSON and TSV, wrong types, huge numbers, deep nesting, invalid
 * UTF-8, odd ids and query values, wrong methods and media types.
 */
final class MalformedRequests {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> NONE = Map.of();
    private static final List<String> KINDS = List.of("counts", "approvals_by_year", "completeness");
    private static final List<String> JOB_KEYS = List.of("analysis", "group_by", "top", "start_year", "end_year",
            "split_by", "width", "height", "filter");
    private static final List<String> FILTER_KEYS = List.of("locus_group", "locus_type", "status", "chromosome",
            "gene_group", "symbol_prefix", "approved_from", "approved_to");
    private static final List<String> ODD_IDS = List.of("..", "../", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00", "a%00b",
            "HGNC:-1", "HGNC:0", "HGNC:", ":", "HGNC:99999999999999999999", "99999999999999999999", "-0", "1e3", "0x10",
            "%20", "%C3%28", "%FF%FE", "%ED%A0%80", "%F0%9F%A7%AC", "%CE%B1%CE%B2", "HGNC%3A5", "hgnc:5", "%", "%zz",
            "null", "undefined", "${jndi:x}", "';DROP", "<script>", "00000000-0000-0000-0000-000000000000",
            "00000000-0000-0000-0000-00000000000g", "+", "%2B", "~", "*");
    private static final List<String> ODD_NUMBERS = List.of("-1", "-0", "0", "1.5", "1e9", "1e400", "abc", "",
            "99999999999999999999", "%00", "NaN", "Infinity", "0x1F", "%C3%28", "2147483648", "-2147483649");
    private static final List<String> WRONG_TYPES = List.of("null", "true", "false", "0", "-1", "1.5", "1e400", "-1e400",
            "99999999999999999999999999", "\"\"", "\"x\"", "[]", "[1,2]", "{}", "{\"a\":1}", "\"" + "z".repeat(5000) + "\"");
    private static final List<String> REST_FIELDS = List.of("symbol", "alias_symbol", "prev_symbol", "name", "hgnc_id",
            "status", "locus_type", "chromosome", "pubmed_id", "date_modified", "colour", "", "SYMBOL", "_json", "%00",
            "symbol:ZNF", "..", "%2E%2E");
    /** HGNC's query syntax broken every way the parser knows, and the odd inputs it must still take. */
    private static final List<String> QUERY_JUNK = List.of("symbol:(ZNF", "symbol:ZNF)", "%22unterminated", "symbol:",
            ":", "AND", "NOT", "OR+OR", "ZNF*+AND", "*", "?", "*a*", "ZNF~", "ZNF~9", "ZNF^", "ZNF^x", "%5C", "[a+TO",
            "[a+TO+z]", "{a+TO+z}", "/[a-z/", "/(a*)*b/", "+-+-", "&&", "||", "!ZNF", "colour:red", "name:%22%22",
            "%22a%22~x", "((((((((((a))))))))))", "hgnc_id:HGNC%3A5", "HGNC:", "HGNC:99999999999", "%00", "%FF%FE",
            "%C3%28", "%F0%9F%A7%AC", "%2B%2B", "+", "%20", "symbol:BRAF^1000000", "a+".repeat(300), "x".repeat(1100),
            "(a+".repeat(200), manyWords("w", 60), manyWords("ZNF", 30).replace("+", "~+") + "~");
    private static final List<Map<String, String>> REST_ACCEPT = List.of(NONE, Map.of("Accept", "application/json"),
            Map.of("Accept", "application/xml"), Map.of("Accept", "text/html"), Map.of("Accept", ";;;"),
            Map.of("Accept", "application/json;q=x"), Map.of("Accept", "*/*"));
    private static final List<String> BAD_TOKENS = List.of("NaN", "Infinity", "-Infinity", "undefined", "'single'",
            "0x10", "01", "+1", ".5", "1.", "tru", "nul", "\"unterminated", "\"bad \\q escape\"", "\"\\u12\"");

    /** Pieces of HGNC's (Lucene's) query syntax, joined at random into mostly broken queries. */
    private static final List<String> SEARCH_SYNTAX = List.of("symbol:", "ZNF*", "*", "?", "(", ")", "\"", "AND ", "OR ",
            "NOT ", "+", "-", "~", "^2", "[a TO ", "{", "}", "]", "\\", "/(a+)+b/", "/.*.*.*.*.*/", "name:\"insulin",
            "colour:red", "hgnc_id:HGNC:5", ":", "&&", "||", "!", "BRCA1 ", "a~2", "\u0000", "%", "\u00e9", "*:*",
            "symbol:[A TO Z]", "location:19q*");

    private final Random random;
    private final byte[] dataJson;
    private final byte[] dataTsv;
    private final List<Supplier<FuzzRequest>> generators;

    /**
     * @param seed the seed: the same seed gives the same requests
     * @param dataJson a small valid HGNC JSON set to break
     * @param dataTsv the same set as TSV
     */
    MalformedRequests(long seed, byte[] dataJson, byte[] dataTsv) {
        this.random = new Random(seed);
        this.dataJson = dataJson;
        this.dataTsv = dataTsv;
        this.generators = List.of(this::randomJobBody, this::truncatedJob, this::wrongTypedJob, this::wrongTypedFilter,
                this::hugeNumberJob, this::deeplyNestedJob, this::invalidUtf8Job, this::jobWithWrongMediaType,
                this::truncatedData, this::wrongTypedRecord, this::brokenTsv, this::brokenGzip, this::randomDataBody,
                this::oddIdPath, this::oddGeneQuery, this::oddJobQuery, this::wrongMethod, this::oddAccept,
                this::rawBytesInPath, this::oddSearchQuery, this::junkResolveBody, this::hugeResolveList,
                this::binaryResolveList, this::oddHgncRestPath);
    }

    /** The next request. */
    FuzzRequest next() {
        return generators.get(random.nextInt(generators.size())).get();
    }

    private FuzzRequest randomJobBody() {
        return post("random bytes as a job", "/jobs", JSON, randomBytes(random.nextInt(300)), true);
    }

    private FuzzRequest truncatedJob() {
        byte[] job = validJob().getBytes(StandardCharsets.UTF_8);
        return post("truncated job", "/jobs", JSON, Arrays.copyOf(job, random.nextInt(job.length)), true);
    }

    private FuzzRequest wrongTypedJob() {
        String key = pick(JOB_KEYS);
        String body = "{\"analysis\":\"" + pick(KINDS) + "\",\"" + key + "\":" + pick(WRONG_TYPES) + "}";
        // a wrong type may still be a valid value of another parameter (e.g. "x" as an unknown group), so only
        // "no 5xx, JSON 4xx" is required
        return post("wrong type for " + key, "/jobs", JSON, utf8(body), false);
    }

    private FuzzRequest wrongTypedFilter() {
        String key = random.nextInt(10) == 0 ? "no_such_filter" : pick(FILTER_KEYS);
        String filter = random.nextInt(8) == 0 ? pick(WRONG_TYPES) : "{\"" + key + "\":" + pick(WRONG_TYPES) + "}";
        return post("wrong filter " + key, "/jobs", JSON, utf8("{\"analysis\":\"counts\",\"group_by\":\"status\",\"filter\":"
                + filter + "}"), false);
    }

    private FuzzRequest hugeNumberJob() {
        String key = pick(List.of("top", "start_year", "end_year", "width", "height"));
        String number = pick(List.of("1e400", "-1e400", "99999999999999999999999999999", "1" + "0".repeat(2000),
                "-0", "1.0000000000000000001", "2147483648", "-2147483649", "1e-400"));
        return post("huge number for " + key, "/jobs", JSON,
                utf8("{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"" + key + "\":" + number + "}"), false);
    }

    private FuzzRequest deeplyNestedJob() {
        int depth = 500 + random.nextInt(50_000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + (random.nextBoolean() ? close.repeat(depth) : "");
        String body = random.nextBoolean() ? nested : "{\"analysis\":\"counts\",\"filter\":" + nested + "}";
        return post("nested " + depth + " deep", "/jobs", JSON, utf8(body), true);
    }

    private FuzzRequest invalidUtf8Job() {
        byte[] bad = pick(List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xed,
                (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {0}));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8("{\"analysis\":\"coun"));
        body.writeBytes(bad);
        body.writeBytes(utf8("ts\",\"group_by\":\"status\"}"));
        return post("invalid UTF-8 in a job", "/jobs", JSON, body.toByteArray(), true);
    }

    private FuzzRequest jobWithWrongMediaType() {
        Map<String, String> headers = pick(List.of(Map.of("Content-Type", "text/plain"), Map.of("Content-Type", "application/xml"),
                Map.of("Content-Type", "application/json; charset=klingon"), Map.of("Content-Type", "multipart/form-data"),
                Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), Map.of("Content-Type", "garbage"),
                Map.of("Content-Type", ""), NONE));
        String body = random.nextBoolean() ? validJob() : pick(BAD_TOKENS);
        // a job sent as text/plain or without a type is still JSON to a lenient reader; only no 5xx is required
        return post("job as " + headers, "/jobs", headers, utf8(body), false);
    }

    private FuzzRequest truncatedData() {
        boolean tsv = random.nextBoolean();
        byte[] whole = tsv ? dataTsv : dataJson;
        int cut = tsv ? cutInsideARow(whole) : cutBeforeTheEnd(whole);
        byte[] body = Arrays.copyOf(whole, cut);
        if (random.nextInt(4) == 0) {
            body = SampleData.gzip(body);
        }
        return post("truncated " + (tsv ? "TSV" : "JSON") + " at " + cut, "/data",
                Map.of("Content-Type", tsv ? "text/tab-separated-values" : "application/json"), body, true);
    }

    private FuzzRequest wrongTypedRecord() {
        String field = pick(List.of("hgnc_id", "symbol", "gene_group_id", "alias_symbol", "date_modified", "location",
                "entrez_id", "pubmed_id", "lsdb", "gene_group"));
        String value = field.equals("gene_group_id") || field.equals("pubmed_id")
                ? pick(List.of("\"1\"", "[\"x\"]", "[1.5]", "{}", "[[1]]", "[null]"))
                : pick(List.of("5", "-1", "{}", "[1]", "true", "[[\"a\"]]", "1e400", "[" + "[".repeat(3000)));
        String record = "{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\",\"" + field + "\":" + value + "}";
        if (field.equals("hgnc_id") || field.equals("symbol")) {
            record = "{\"" + field + "\":" + value + (field.equals("symbol") ? ",\"hgnc_id\":\"HGNC:5\"}" : ",\"symbol\":\"A\"}");
        }
        String body = random.nextBoolean() ? "[" + record + "]" : "{\"response\":{\"docs\":[" + record + "]}}";
        return post("record with wrong " + field, "/data", JSON, utf8(body), true);
    }

    private FuzzRequest brokenTsv() {
        String header = "hgnc_id\tsymbol\tgene_group_id\tlocation\n";
        String line = pick(List.of("HGNC:5\tA1BG\n", "HGNC:5\tA1BG\tx\t19q13\n", "HGNC:x\tA\t1\t1p\n", "\tA\t1\t1\n",
                "HGNC:5\t\t1\t1\n", "HGNC:5\tA\t\"1|x\"\t1\n", "HGNC:5\tA\t1\t1\nHGNC:5\tB\t2\t2\n", "HGNC:5\tA\t1\t1\t\t\n"));
        byte[] body = random.nextInt(5) == 0 ? utf8(line) : utf8(header + line);
        return post("broken TSV", "/data", Map.of("Content-Type", "text/tab-separated-values"), body, true);
    }

    private FuzzRequest brokenGzip() {
        byte[] gz = SampleData.gzip(dataJson);
        byte[] body = switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(gz, 2 + random.nextInt(gz.length - 12));
            case 1 -> {
                byte[] corrupt = gz.clone();
                for (int i = 0; i < 8; i++) {
                    int at = 10 + random.nextInt(corrupt.length - 10);
                    corrupt[at] = (byte) (corrupt[at] ^ (1 + random.nextInt(255)));
                }
                yield corrupt;
            }
            default -> concat(new byte[] {0x1f, (byte) 0x8b}, randomBytes(random.nextInt(200)));
        };
        return post("broken gzip", "/data", Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"), body, true);
    }

    private FuzzRequest randomDataBody() {
        byte[] body = switch (random.nextInt(4)) {
            case 0 -> randomBytes(1 + random.nextInt(500));
            case 1 -> utf8(pick(BAD_TOKENS));
            case 2 -> utf8(pick(List.of("[]", "{}", "[1,2]", "[\"x\"]", "{\"response\":{}}", "{\"response\":{\"docs\":{}}}",
                    "[null]", "[[]]", "{\"response\":{\"docs\":[]}}", "[{}]", "\"text\"", "12")));
            default -> concat(utf8("[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A\",\"name\":\"a"), withoutQuotes(randomBytes(50)));
        };
        return post("junk as a data set", "/data", random.nextBoolean() ? JSON : NONE, body, true);
    }

    private FuzzRequest oddIdPath() {
        String id = random.nextInt(8) == 0 ? "HGNC:" + "9".repeat(1 + random.nextInt(6000)) : pick(ODD_IDS);
        String route = pick(List.of("/genes/%s", "/genes/symbol/%s", "/jobs/%s", "/results/%s", "/results/%s/chart"));
        String method = route.startsWith("/jobs") && random.nextInt(3) == 0 ? "DELETE" : "GET";
        return request("odd id", method, String.format(route, id), NONE, null, false);
    }

    private FuzzRequest oddGeneQuery() {
        String param = pick(List.of("offset", "limit", "locus_group", "locus_type", "status", "chromosome", "gene_group",
                "q", "no_such_param"));
        String value = random.nextBoolean() ? pick(ODD_NUMBERS) : pick(ODD_IDS);
        String query = param + "=" + value + (random.nextInt(4) == 0 ? "&" + param + "=" + pick(ODD_NUMBERS) : "");
        String route = random.nextInt(6) == 0 ? "/data?limit=1&" : "/genes?";
        return request("odd query", "GET", route + query, NONE, null, false);
    }

    private FuzzRequest oddSearchQuery() {
        StringBuilder query = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            query.append(pick(SEARCH_SYNTAX));
        }
        if (random.nextInt(10) == 0) {
            query.append("z".repeat(random.nextInt(6000)));
        }
        String extra = switch (random.nextInt(5)) {
            case 0 -> "&facets=" + pick(List.of("locus_type", "name", ",,", "chromosome,gene_group,status", "%00"));
            case 1 -> "&fields=" + pick(List.of("location", "colour", ",", "hgnc_id,%FF"));
            case 2 -> "&limit=" + pick(ODD_NUMBERS) + "&offset=" + pick(ODD_NUMBERS);
            case 3 -> "&chromosome=" + pick(ODD_IDS);
            default -> "";
        };
        return request("odd search", "GET", "/search?q=" + encode(query.toString()) + extra, NONE, null, false);
    }

    private FuzzRequest oddJobQuery() {
        String param = pick(List.of("offset", "limit", "status"));
        String value = param.equals("status") ? pick(List.of("queued", "QUEUED", "done", "", "%00", "running,failed"))
                : pick(ODD_NUMBERS);
        return request("odd jobs query", "GET", "/jobs?" + param + "=" + value, NONE, null, false);
    }

    private FuzzRequest wrongMethod() {
        String route = pick(List.of("/genes", "/genes/HGNC:5", "/genes/symbol/A1BG", "/info", "/help", "/jobs",
                "/results/" + UUID.randomUUID(), "/data", "/genes/resolve"));
        List<String> methods = route.equals("/data") ? List.of("PUT", "PATCH") : List.of("PUT", "PATCH", "DELETE", "POST");
        String method = pick(methods);
        if ((route.equals("/jobs") || route.equals("/genes/resolve")) && method.equals("POST")) {
            method = "PATCH";
        }
        return request("wrong method", method, route, JSON, utf8("{}"), true);
    }

    private FuzzRequest oddAccept() {
        String route = pick(List.of("/genes/HGNC:5", "/genes", "/info", "/help", "/jobs",
                "/results/" + UUID.randomUUID() + "/chart"));
        String accept = pick(List.of("image/png", "application/xml", "text/csv", "*/x", "garbage", ";;;", "application/json;q=x"));
        return request("Accept " + accept, "GET", route, Map.of("Accept", accept), null, false);
    }

    /** Distinct words joined by +: enough of them expand past Lucene's limit of clauses. */
    private static String manyWords(String word, int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            words.append(i == 0 ? "" : "+").append(word).append(i);
        }
        return words.toString();
    }

    private FuzzRequest oddHgncRestPath() {
        String term = random.nextInt(6) == 0 ? "Z".repeat(1 + random.nextInt(5000)) : pick(QUERY_JUNK);
        String target = switch (random.nextInt(5)) {
            case 0 -> "/rest/fetch/" + pick(REST_FIELDS) + "/" + term;
            case 1 -> "/rest/search/" + pick(REST_FIELDS) + "/" + term;
            case 2 -> "/rest/fetch/" + pick(REST_FIELDS);
            case 3 -> "/rest/" + pick(List.of("info", "info/x", "fetch", "search", "")) + "?q=" + term;
            default -> "/rest/search/" + term;
        };
        String method = random.nextInt(8) == 0 ? pick(List.of("POST", "PUT", "DELETE")) : "GET";
        return request("odd /rest path", method, target, pick(REST_ACCEPT), null, false);
    }

    private FuzzRequest rawBytesInPath() {
        byte[] path = concat(utf8(pick(List.of("/genes/", "/genes/symbol/", "/jobs/", "/rest/fetch/symbol/",
                "/rest/search/"))), pick(List.of(
                new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc3, 0x28}, utf8("α-β"), utf8("🧬"),
                new byte[] {(byte) 0xe2, (byte) 0x82})));
        return new FuzzRequest("raw bytes in the path", "GET", path, NONE, null, false);
    }

    /** Bodies for POST /genes/resolve that are not a JSON array of strings: junk, wrong types, broken arrays. */
    private FuzzRequest junkResolveBody() {
        String item = pick(List.of("\"TP53\"", "\"1-Mar\"", "\"\"", "\"HGNC:5\""));
        String body = switch (random.nextInt(4)) {
            case 0 -> pick(BAD_TOKENS);
            case 1 -> "[" + item + "," + pick(WRONG_TYPES.stream().filter(type -> !type.startsWith("\"")).toList()) + "]";
            case 2 -> pick(List.of("{}", "{\"genes\":[\"TP53\"]}", "\"TP53\"", "7157", "null", "[" + item + "] []",
                    "[" + item + ",]", "[," + item + "]", "[" + item + " " + item + "]", "[\"\\ud800\"]"));
            default -> {
                byte[] array = utf8("[" + item + "," + item + "]");
                yield new String(Arrays.copyOf(array, random.nextInt(array.length - 1)), StandardCharsets.UTF_8);
            }
        };
        Map<String, String> type = random.nextInt(4) == 0 ? Map.of("Content-Type", "application/json", "Accept",
                pick(List.of("text/csv", "text/tab-separated-values", "application/xml", "*/*"))) : JSON;
        boolean stillValid = body.equals("[\"\\ud800\"]"); // a lone surrogate escape is valid JSON
        return post("junk as a resolve list", "/genes/resolve", type, utf8(body), !stillValid);
    }

    /**
     * Lists for POST /genes/resolve past the limits: more than 100,000 items, an item over 1,000 characters; now and
     * then one of exactly 100,000 items, which is answered.
     */
    private FuzzRequest hugeResolveList() {
        boolean json = random.nextBoolean();
        Map<String, String> type = json ? JSON : Map.of("Content-Type", "text/plain");
        String item = pick(List.of("A1BG", "x", "1-Mar", "HGNC:5"));
        return switch (random.nextInt(40)) {
            case 0 -> post("100000 inputs", "/genes/resolve", type, list(json, 100_000, "x"), false);
            case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 -> post("an input over 1000 characters", "/genes/resolve", type,
                    list(json, 1 + random.nextInt(5), "A".repeat(1001 + random.nextInt(100_000))), true);
            default -> post("more than 100000 inputs", "/genes/resolve", type,
                    list(json, 100_001 + random.nextInt(1000), item), true);
        };
    }

    /** Binary bodies as resolve lists: random bytes, gzip, invalid UTF-8, control characters. */
    private FuzzRequest binaryResolveList() {
        byte[] body = switch (random.nextInt(4)) {
            case 0 -> randomBytes(1 + random.nextInt(2000));
            case 1 -> SampleData.gzip(utf8("TP53\nBRCA1\n"));
            case 2 -> concat(utf8("TP53\n"), pick(List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3, 0x28},
                    new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82})));
            default -> concat(utf8("TP53\nBR"), new byte[] {0, 1, 0x1b, 0x7f});
        };
        Map<String, String> type = pick(List.of(Map.of("Content-Type", "text/plain"), Map.of("Content-Type",
                "text/plain; charset=UTF-8"), Map.of("Content-Type", "text/csv"), JSON, Map.of("Content-Type",
                "application/octet-stream"), Map.of("Content-Type", "text/plain; charset=x-unknown"), NONE));
        // random bytes may happen to be text, and text in another charset may decode; only no 5xx is required
        return post("binary as a resolve list", "/genes/resolve", type, body, false);
    }

    /** A JSON array or lines of text holding the item this many times. */
    private static byte[] list(boolean json, int count, String item) {
        String items = json ? String.join(",", Collections.nCopies(count, "\"" + item + "\""))
                : String.join("\n", Collections.nCopies(count, item));
        return utf8(json ? "[" + items + "]" : items);
    }

    private String validJob() {
        return switch (random.nextInt(3)) {
            case 0 -> "{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":5,\"filter\":{\"status\":\"Approved\"}}";
            case 1 -> "{\"analysis\":\"approvals_by_year\",\"start_year\":1990,\"end_year\":2000,\"split_by\":\"locus_group\"}";
            default -> "{\"analysis\":\"completeness\",\"filter\":{\"chromosome\":\"X\",\"symbol_prefix\":\"A\"}}";
        };
    }

    /** A cut that leaves JSON unfinished: something other than whitespace follows it. */
    private int cutBeforeTheEnd(byte[] json) {
        int lastToken = json.length - 1;
        while (Character.isWhitespace(json[lastToken])) {
            lastToken--;
        }
        return 1 + random.nextInt(lastToken);
    }

    /**
     * A cut just after a tab that is not the last of its line: the last row is left with too few cells and
     * no line break (a cut right after a line break would leave a shorter but valid set).
     */
    private int cutInsideARow(byte[] tsv) {
        int start = 0;
        while (tsv[start] != '\n') {
            start++;
        }
        while (true) {
            int at = start + random.nextInt(tsv.length - start);
            while (at < tsv.length && tsv[at] != '\t') {
                at++;
            }
            int next = at + 1;
            while (next < tsv.length && tsv[next] != '\t' && tsv[next] != '\n') {
                next++;
            }
            if (next < tsv.length && tsv[next] == '\t') {
                return at + 1;
            }
        }
    }

    private FuzzRequest post(String kind, String path, Map<String, String> headers, byte[] body, boolean mustFail) {
        return request(kind, "POST", path, headers, body, mustFail);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static FuzzRequest request(String kind, String method, String target, Map<String, String> headers, byte[] body,
            boolean mustFail) {
        return new FuzzRequest(kind, method, target.getBytes(StandardCharsets.UTF_8), headers, body, mustFail);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The bytes with every double quote replaced, so that a string they are in never ends. */
    private static byte[] withoutQuotes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                bytes[i] = 'q';
            }
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

}
