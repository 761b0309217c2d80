package dev.genedata.hgnc.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;

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

    /**
     * Runs the script.
     *
     * @param redis the client of the database the script works in
     * @param keys the keys the script declares ({@code KEYS[n]})
     * @param args the arguments ({@code ARGV[n]})
     * @return the script's reply; {@code null} when it returned {@code false} or {@code nil}
     */
    public Uni<Response> run(Redis redis, List<String> keys, List<String> args) {
        return redis.send(request(Command.EVALSHA, sha1, keys, args))
                .onFailure(RedisScript::isNoScript)
                .recoverWithUni(() -> redis.send(request(Command.EVAL, source, keys, args)));
    }

    private static Request request(Command command, String script, List<String> keys, List<String> args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        keys.forEach(request::arg);
        args.forEach(request::arg);
        return request;
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
