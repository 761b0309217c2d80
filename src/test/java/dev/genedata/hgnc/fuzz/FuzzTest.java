package dev.genedata.hgnc.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.JobClient;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Ten thousand generated malformed requests across every route (seed in {@code -Dfuzz.seed}, count in
 * {@code -Dfuzz.requests}): none may get a 5xx, every 4xx is the service's JSON error with the same status,
 * no request built to fail succeeds, and afterwards the loaded data is exactly as it was and a job still
 * runs to the right answer. Requests that are not valid HTTP (a request target that is not a URI, a request
 * line over the limit) never reach the application: Quarkus and Netty answer them with an empty 400 or 414.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class FuzzTest {

    private static final Logger LOG = Logger.getLogger(FuzzTest.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int SHOWN = 25;
    /** Quarkus's default quarkus.http.limits.max-initial-line-length, less room for the method and version. */
    private static final int MAX_INITIAL_LINE = 4096 - 16;

    @Test
    void malformedRequestsGetJson4xxAndLeaveTheDataAsItWas() throws IOException {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON)).when().post("/data")
                .then().statusCode(201);
        String version = given().when().get("/info").then().extract().jsonPath().getString("version");
        await().atMost(Duration.ofSeconds(30)).until(() -> version.equals(given().contentType(ContentType.JSON).body("[]")
                .when().post("/genes/resolve").header("X-Data-Version"))); // the read view answers from the loaded set
        Snapshot before = Snapshot.take();

        MalformedRequests requests = new MalformedRequests(SEED, smallSetJson(20), smallSetTsv(20));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            for (int i = 0; i < REQUESTS; i++) {
                FuzzRequest request = requests.next();
                RawHttp.Answer answer = http.send(request.method(), request.target(), request.headers(), request.body());
                statuses.merge(answer.status() / 100 + "xx " + request.kind().split(" ")[0], 1, Integer::sum);
                String problem = problem(request, answer);
                if (problem != null) {
                    failures.add("#" + i + " " + problem + "\n    " + request.describe() + "\n    -> " + answer.status()
                            + " " + abbreviate(answer.text()));
                }
            }
        }
        LOG.infof("Fuzz: %d requests (seed %d) in %d ms: %s", REQUESTS, SEED, (System.nanoTime() - started) / 1_000_000,
                statuses);

        assertThat(failures).as("%d of %d malformed requests were answered wrongly (seed %d); the first %d:%n%s",
                failures.size(), REQUESTS, SEED, SHOWN, String.join("\n", failures.subList(0, Math.min(SHOWN, failures.size()))))
                .isEmpty();
        assertThat(Snapshot.take()).as("the loaded data after the fuzz run").isEqualTo(before);
        JsonPath result = JobClient.finishedResult("{\"analysis\":\"counts\",\"group_by\":\"status\"}");
        assertThat(result.getInt("matched")).isEqualTo(503);
        assertThat(result.getMap("counts", String.class, Integer.class).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(503);
    }

    /** What is wrong with the answer, or null when it is right. */
    private static String problem(FuzzRequest request, RawHttp.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error";
        }
        if (request.mustFail() && status < 400) {
            return "a request built to fail succeeded";
        }
        if (refusedByTheHttpLayer(request)) {
            // Quarkus refuses a request target that is not a URI (RFC 3986), and Netty a request line over
            // quarkus.http.limits.max-initial-line-length, before any handler runs: an empty 400 or 414
            return status == 400 || status == 414 ? null : "a request the HTTP layer refuses got " + status;
        }
        if (status >= 400 && hgncRestInXml(request)) {
            return xmlError(answer, status);
        }
        if (status >= 400) {
            String type = answer.header("content-type");
            if (type == null || !type.startsWith("application/json")) {
                return "a 4xx without a JSON body (Content-Type " + type + ")";
            }
            try {
                JsonNode error = MAPPER.readTree(answer.body());
                if (!error.path("error").isTextual() || error.path("error").asText().isBlank()
                        || error.path("status").asInt() != status) {
                    return "a 4xx whose body is not {\"error\": ..., \"status\": " + status + "}";
                }
            } catch (IOException e) {
                return "a 4xx whose body is not JSON";
            }
        }
        return null;
    }

    /** Whether the request is to HGNC's routes under /rest without asking for JSON: their errors are XML, as HGNC's. */
    private static boolean hgncRestInXml(FuzzRequest request) {
        String target = new String(request.target(), StandardCharsets.ISO_8859_1);
        String accept = request.headers().getOrDefault("Accept", "");
        return (target.equals("/rest") || target.startsWith("/rest/") || target.startsWith("/rest?"))
                && !(accept.startsWith("application/json"));
    }

    /** What is wrong with an XML error answer, or null when it is Solr's error with the status and a message. */
    private static String xmlError(RawHttp.Answer answer, int status) {
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/xml")) {
            return "a /rest 4xx without an XML body (Content-Type " + type + ")";
        }
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var root = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(answer.body())).getDocumentElement();
            var values = root.getElementsByTagName("int");
            String message = root.getElementsByTagName("str").getLength() == 0 ? ""
                    : root.getElementsByTagName("str").item(0).getTextContent();
            if (!root.getTagName().equals("response") || values.getLength() < 3 || message.isBlank()
                    || !values.item(0).getTextContent().equals(Integer.toString(status))
                    || !values.item(2).getTextContent().equals(Integer.toString(status))) {
                return "a /rest 4xx whose XML is not Solr's error with status " + status + " and a message";
            }
        } catch (Exception e) {
            return "a /rest 4xx whose body is not well-formed XML: " + e.getMessage();
        }
        return null;
    }

    private static boolean refusedByTheHttpLayer(FuzzRequest request) {
        if (request.target().length > MAX_INITIAL_LINE) {
            return true;
        }
        try {
            new URI(new String(request.target(), StandardCharsets.ISO_8859_1));
            return false;
        } catch (URISyntaxException e) {
            return true;
        }
    }

    /** The first records of the sample as official JSON, pretty-printed as HGNC's files may be. */
    private static byte[] smallSetJson(int records) throws IOException {
        ObjectNode file = MAPPER.createObjectNode();
        ArrayNode docs = file.putObject("response").putArray("docs");
        SampleData.records().subList(0, records).forEach(docs::add);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    /** The header and the first records of the sample's TSV. */
    private static byte[] smallSetTsv(int records) {
        String[] lines = new String(SampleData.bytes(SampleData.TSV), StandardCharsets.UTF_8).split("\n", records + 2);
        return (String.join("\n", List.of(lines).subList(0, records + 1)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** What the loaded set looks like from outside: the summary, one record, and the first page of every record. */
    private record Snapshot(String info, String gene, String firstRecords) {

        static Snapshot take() {
            return new Snapshot(get("/info"), get("/genes/HGNC:5"), get("/data?limit=50"));
        }

        private static String get(String path) {
            return given().when().get(path).then().statusCode(200).extract().asString();
        }
    }
}
