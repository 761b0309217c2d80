package dev.genedata.hgnc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Bodies above the limits get 413: the request body limit (with the JSON error when the body declares its
 * length; chunked bodies are cut off by Quarkus) and the decompressed size of a data set (a gzip bomb). The
 * limits are made small here so that the test does not send 64 MB.
 */
@QuarkusTest
@TestProfile(BodyLimitTest.SmallLimits.class)
@WithTestResource(RedisTestResource.class)
class BodyLimitTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BODY_LIMIT = 4 * 1024;

    /** A 4 KiB body limit and a 64 KiB data-set limit. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "4K", "hgnc.data.max-size", "64K");
        }
    }

    @Test
    void aJobBodyAboveTheLimitGets413Json() throws IOException {
        byte[] body = ("{\"analysis\":\"counts\",\"group_by\":\"status\",\"filter\":{\"symbol_prefix\":\""
                + "A".repeat(2 * BODY_LIMIT) + "\"}}").getBytes(StandardCharsets.UTF_8);
        assertJson413(send("POST", "/jobs", Map.of("Content-Type", "application/json"), body));
    }

    @Test
    void aDataSetAboveTheLimitGets413JsonWithALength() throws IOException {
        assertJson413(send("POST", "/data", Map.of("Content-Type", "application/json"), filler(2 * BODY_LIMIT)));
    }

    /** Quarkus's request stream stops a chunked body at the limit and answers 413 itself, without a body. */
    @Test
    void aChunkedDataSetAboveTheLimitGets413() throws IOException {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] chunk = filler(1024);
        for (int i = 0; i < 8; i++) {
            chunked.writeBytes(("400\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer answer = send("POST", "/data", Map.of("Content-Type", "application/json", "Transfer-Encoding",
                "chunked"), chunked.toByteArray());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(send("GET", "/info", Map.of(), null).status()).isEqualTo(404);
    }

    @Test
    void aGzipBombGets413JsonAndNoDataIsLoaded() throws IOException {
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        spaces[0] = '[';
        byte[] bomb = SampleData.gzip(spaces);
        assertThat(bomb.length).isLessThan(BODY_LIMIT);

        RawHttp.Answer answer = send("POST", "/data", Map.of("Content-Type", "application/json"), bomb);

        assertJson413(answer);
        assertThat(answer.text()).contains("hgnc.data.max-size");
        assertThat(send("GET", "/info", Map.of(), null).status()).isEqualTo(404);
    }

    private static void assertJson413(RawHttp.Answer answer) throws IOException {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/json");
        JsonNode error = MAPPER.readTree(answer.body());
        assertThat(error.path("status").asInt()).isEqualTo(413);
        assertThat(error.path("error").asText()).isNotBlank();
    }

    /** A JSON array of the given size: valid up to the limit, so only the size is wrong. */
    private static byte[] filler(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[size - 1] = ']';
        return body;
    }

    private static RawHttp.Answer send(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            return http.send(method, path.getBytes(StandardCharsets.US_ASCII), headers, body);
        }
    }
}
