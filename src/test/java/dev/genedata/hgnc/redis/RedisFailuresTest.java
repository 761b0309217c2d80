package dev.genedata.hgnc.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.redis.client.impl.types.ErrorType;

/** Which Redis failures are a Redis out of memory: the refusal as a plain command's reply and inside a script's. */
class RedisFailuresTest {

    @Test
    void aWriteRefusedAtMaxmemoryIsOutOfMemoryAlsoWhenWrappedOrInsideAScript() {
        ErrorType refused = ErrorType.create("OOM command not allowed when used memory > 'maxmemory'.");
        assertThat(RedisFailures.isOutOfMemory(refused)).isTrue();
        assertThat(RedisFailures.isOutOfMemory(new IllegalStateException(
                "writing the data set to Redis failed: " + refused.getMessage(), refused))).isTrue();
        assertThat(RedisFailures.isOutOfMemory(ErrorType.create("OOM command not allowed when used memory > "
                + "'maxmemory'. script: 5bd4d8b2f8c5d7e4a1d1c1f9e1b2a3c4d5e6f7a8, on @user_script:1."))).isTrue();
        assertThat(RedisFailures.isUnavailable(refused)).as("a worker backs off and retries as before").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(RedisFailures.isOutOfMemory(new IllegalStateException("Connection is closed"))).isFalse();
        assertThat(RedisFailures.isOutOfMemory(ErrorType.create("WRONGTYPE Operation against a key holding the wrong "
                + "kind of value"))).isFalse();
        assertThat(RedisFailures.isOutOfMemory(new RuntimeException((String) null))).isFalse();
    }
}
