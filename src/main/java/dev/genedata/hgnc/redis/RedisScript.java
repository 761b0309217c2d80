package dev.genedata.hgnc.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * A Lua script run with {@code EVALSHA}, falling back to {@code EVAL} once when the server does not
 * know it yet (after a restart or {@code SCRIPT FLUSH}). A script makes a read or a swap one atomic
 * round trip.
 */
public final class RedisScript {

    private final String source;
    private final String sha1;

    /** @param source the Lua source; its SHA-1 is computed here, as Redis does */
    public RedisScript(String source) {
        this.source = source;
        this.sha1 = sha1(source);
    }

    /** Runs the script, with its {@code KEYS} and {@code ARGV}, as the job stores do; a null reply for {@code false}. */
    public Uni<Response> run(ReactiveRedisDataSource redis, List<String> keys, List<String> args) {
        return run(redis::execute, keys, args);
    }

    /** As above, on the plain client, as the gene store does on its measured read path. */
    public Uni<Response> run(Redis redis, List<String> keys, List<String> args) {
        return run((command, arguments) -> {
            Request request = Request.cmd(command);
            Arrays.stream(arguments).forEach(request::arg);
            return redis.send(request);
        }, keys, args);
    }

    /**
     * An {@code EVAL} of the script's source with these keys, for the caller to add the arguments to and send in a
     * pipeline of its own: there an {@code EVALSHA} that misses could only be sent again after the commands queued
     * behind it, out of order.
     *
     * @param keys the keys the script declares ({@code KEYS[n]})
     */
    public Request eval(List<String> keys) {
        Request request = Request.cmd(Command.EVAL).arg(source).arg(keys.size());
        keys.forEach(request::arg);
        return request;
    }

    private Uni<Response> run(BiFunction<Command, String[], Uni<Response>> send, List<String> keys, List<String> args) {
        return send.apply(Command.EVALSHA, arguments(sha1, keys, args))
                .onFailure(RedisScript::isNoScript)
                .recoverWithUni(() -> send.apply(Command.EVAL, arguments(source, keys, args)));
    }

    private static String[] arguments(String script, List<String> keys, List<String> args) {
        return Stream.of(List.of(script, Integer.toString(keys.size())), keys, args).flatMap(List::stream)
                .toArray(String[]::new);
    }

    private static boolean isNoScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JVM", e);
        }
    }
}
