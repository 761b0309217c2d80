package dev.genedata.hgnc.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.support.EventStream;
import dev.genedata.hgnc.support.JobClient;
import dev.genedata.hgnc.support.LoadedSample;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/**
 * The web pages against the 503-record sample: status, title, and the values the sample holds (A1BG is HGNC:5,
 * Entrez 1, UniProt P04217; 220 protein-coding genes), the API's messages beside the fields they name, and the
 * downloads.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class UiPagesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    JobStore jobs;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void loadSample() {
        LoadedSample.load();
    }

    @Test
    void homeTellsWhatIsLoaded() {
        given().when().get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("<title>Home · HGNC gene-data service</title>"),
                        containsString("<dd data-testid=\"records\">503</dd>"), containsString("action=\"/ui/search\""),
                        containsString("/webjars/htmx.org/2.0.8/dist/htmx.min.js")));
    }

    @Test
    void searchListsHitsLinkedToGenePagesWithFacetCounts() {
        String page = given().queryParam("q", "A1BG").when().get("/ui/search").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<title>Search: A1BG · HGNC gene-data service</title>",
                "<a href=\"/ui/genes/HGNC:5\"><strong>A1BG</strong></a>", "alpha-1-B glycoprotein", "19q13.43");

        String all = given().when().get("/ui/search").then().statusCode(200).extract().asString();
        assertThat(all).contains("Genes 1–20 of 503", "<summary>Locus group</summary>",
                "/ui/search?q=&amp;locus_group=protein-coding+gene\">protein-coding gene</a> <span class=\"count\">220</span>",
                "rel=\"next\" href=\"/ui/search?q=&amp;offset=20\"");

        given().queryParam("q", "").queryParam("locus_group", "protein-coding gene").when().get("/ui/search")
                .then().statusCode(200).body(containsString("Genes 1–20 of 220"));
    }

    @Test
    void aMalformedQueryIsShownBesideTheSearchBox() {
        given().queryParam("q", "symbol:(ZNF").when().get("/ui/search").then().statusCode(400)
                .body(allOf(containsString("aria-describedby=\"q-error\""),
                        containsString("<p class=\"error\" id=\"q-error\" role=\"alert\">malformed query:")));
    }

    @Test
    void aGenePageGroupsEveryFieldAndLinksTheCrossReferences() {
        given().when().get("/ui/genes/HGNC:5").then().statusCode(200)
                .body(allOf(containsString("<title>A1BG: alpha-1-B glycoprotein · HGNC gene-data service</title>"),
                        containsString("<h2 id=\"group-1\">Identity</h2>"), containsString(">Gene groups</h2>"),
                        containsString(">Cross-references</h2>"), containsString(">Dates</h2>"),
                        containsString("href=\"https://www.ncbi.nlm.nih.gov/gene/1\""),
                        containsString("href=\"https://www.uniprot.org/uniprotkb/P04217\""),
                        containsString("href=\"https://omim.org/entry/138670\""),
                        containsString("href=\"https://www.informatics.jax.org/marker/MGI:2152878\""),
                        containsString("href=\"/ui/search?q=&amp;gene_group=Immunoglobulin+like+domain+containing\"")));
        given().when().get("/ui/genes/HGNC:999999999").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("HGNC:999999999 is not in the loaded data set"));
    }

    @Test
    void theListCheckerShowsTheTableAndDownloadsIt() {
        String page = given().multiPart("symbols", "A1BG\nPXE\nNOSUCHGENE").multiPart("format", "html")
                .when().post("/ui/resolve").then().statusCode(200).extract().asString();
        assertThat(page).contains("3 inputs: 2 resolved, 0 ambiguous, 1 unmatched",
                "<span class=\"match match-approved_symbol\">approved symbol</span>",
                "<span class=\"match match-previous_symbol\">previous symbol</span>",
                "<a href=\"/ui/genes/HGNC:57\">ABCC6</a>", "<tr class=\"unmatched\"><th scope=\"row\">NOSUCHGENE</th>");

        String csv = given().multiPart("symbols", "A1BG").multiPart("file", "list.txt",
                "NOSUCHGENE\n".getBytes(StandardCharsets.UTF_8), "text/plain").multiPart("format", "csv")
                .when().post("/ui/resolve").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"resolved.csv\"").extract().asString();
        assertThat(csv.lines()).containsExactly(
                "Input,Match type,Approved symbol,Approved name,HGNC ID,Location,Resolved,Via spreadsheet date",
                "A1BG,approved_symbol,A1BG,alpha-1-B glycoprotein,HGNC:5,19q13.43,true,",
                "NOSUCHGENE,unmatched,,,,,false,");
    }

    @Test
    void aRefusedJobShowsTheApiMessageBesideItsField() {
        given().formParam("analysis", "counts").formParam("group_by", "locus_group").formParam("top", "500")
                .when().post("/ui/jobs").then().statusCode(400)
                .body(allOf(containsString("<input id=\"counts-top\" name=\"top\" type=\"number\" value=\"500\""),
                        containsString("aria-describedby=\"counts-top-error\""),
                        containsString("<p class=\"error\" id=\"counts-top-error\" role=\"alert\">top must be an integer "
                                + "from 1 to 100; got 500</p>")));
        given().formParam("analysis", "counts").formParam("group_by", "locus_group").formParam("chromosome", "23")
                .when().post("/ui/jobs").then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"counts-chromosome-error\" role=\"alert\">filter.chromosome "
                        + "must be one of"));
    }

    @Test
    void aJobFromTheFormReachesItsChartTableAndDownloads() {
        given().when().get("/ui/jobs").then().statusCode(200)
                .body(allOf(containsString("name=\"group_by\""), containsString("name=\"start_year\""),
                        containsString("name=\"split_by\""), containsString("name=\"symbol_prefix\""),
                        containsString("<option>protein-coding gene</option>"), containsString("<option>MT</option>")));

        String location = given().redirects().follow(false).formParam("analysis", "counts")
                .formParam("group_by", "locus_group").formParam("top", "").when().post("/ui/jobs")
                .then().statusCode(303).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/ui/jobs/" + id);
        JobClient.untilEnded(id, JobClient.WITHIN);

        given().when().get("/ui/jobs/" + id).then().statusCode(200)
                .body(allOf(containsString("data-status=\"finished\""), containsString("hx-get=\"/ui/jobs/" + id + "/result\""),
                        not(containsString("sse-connect"))));
        given().when().get("/ui/jobs/" + id + "/result").then().statusCode(200)
                .body(allOf(containsString("<img class=\"chart\" src=\"/results/" + id + "/chart\""),
                        containsString("<th scope=\"row\">protein-coding gene</th><td>220</td>"),
                        containsString("href=\"/ui/jobs/" + id + "/result.csv\"")));
        String csv = given().when().get("/ui/jobs/" + id + "/result.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines()).containsExactly("locus_group,genes", "protein-coding gene,220", "pseudogene,142",
                "non-coding RNA,109", "other,32");
        String events = given().when().get("/ui/jobs/" + id + "/events").then().statusCode(200).extract().asString();
        assertThat(events).contains("event:state", "data-status=\"finished\"", "event:end");
    }

    @Test
    void theJobPageFollowsAJobLiveUntilItsEnd() {
        String id = UUID.randomUUID().toString();
        done(jobs.create(id, "completeness", "{\"filter\":{},\"width\":1200,\"height\":700}", Instant.now()));
        given().when().get("/ui/jobs/" + id).then().statusCode(200)
                .body(allOf(containsString("sse-connect=\"/ui/jobs/" + id + "/events\""), containsString("sse-swap=\"state\""),
                        containsString("sse-close=\"end\""), containsString("data-status=\"queued\"")));

        try (EventStream stream = EventStream.open(URI.create(root.toString()).resolve("ui/jobs/" + id + "/events"))) {
            await().atMost(WAIT).until(() -> stream.data().size() == 1);
            done(jobs.claim(id, "worker-t", "run-t"));
            done(jobs.progress(id, "run-t", 60));
            done(jobs.fail(id, "run-t", "the analysis threw", Duration.ofMinutes(5)));
            await().atMost(WAIT).until(stream::ended);
            assertThat(stream.data()).extracting(html -> html.replaceAll("(?s).*data-status=\"(\\w+)\".*value=\"(\\d+)\".*",
                    "$1 $2")).containsExactly("queued 0", "running 0", "running 60", "failed 60");
            assertThat(stream.data().get(3)).contains("<p class=\"problem\" role=\"alert\">the analysis threw</p>")
                    .doesNotContain("hx-get");
        }
    }

    @Test
    void theDataPageLoadsAndDeletes() {
        given().multiPart("file", "hgnc_sample.json", SampleData.bytes(SampleData.JSON), "application/json")
                .when().post("/ui/data").then().statusCode(200)
                .body(allOf(containsString("Loaded 503 records from hgnc_sample.json"),
                        containsString("<strong data-testid=\"records\">503</strong>")));
        given().formParam("token", "").when().post("/ui/data/delete").then().statusCode(200)
                .body(allOf(containsString("Deleted the data set (503 records)."), containsString("No data set is loaded.")));
        given().when().get("/").then().statusCode(200).body(containsString("No data set is loaded"));
    }

    private static <T> T done(Uni<T> step) {
        return step.await().atMost(WAIT);
    }

    @Test
    void theStylesheetAndHtmxAreServedFromTheApplication() {
        given().when().get("/ui/style.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().when().get("/webjars/htmx.org/2.0.8/dist/htmx.min.js").then().statusCode(200);
        given().when().get("/webjars/htmx-ext-sse/2.2.2/sse.js").then().statusCode(200);
    }
}
