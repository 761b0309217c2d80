package dev.genedata.hgnc.redis;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Tells a Redis that cannot serve (down, unreachable, restarting, out of memory, refusing our
 * password) from other failures, so that callers answer 503 and retry instead of failing for good.
 */
public final class RedisFailures {

    private static final List<String> UNAVAILABLE_REPLIES = List.of(
            "LOADING", "MISCONF", "OOM", "NOAUTH", "WRONGPASS", "READONLY", "MASTERDOWN", "BUSY");

    private static final List<String> UNAVAILABLE_MESSAGES = List.of(
            "connection refused", "connection is closed", "connection closed", "connection_closed", "connection reset",
            "failed to connect", "connect timed out", "no route to host", "timed out", "pool", "broken pipe");

    /** What Redis answers a write it refuses at {@code maxmemory}, alone or inside a script's error. */
    private static final String OUT_OF_MEMORY = "OOM command not allowed";

    private RedisFailures() {
    }

    /** Whether the failure, or one of its causes, means Redis cannot serve right now. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedChannelException
                    || t instanceof TimeoutException || t instanceof io.smallrye.mutiny.TimeoutException
                    || (t instanceof IOException && isConnectionMessage(t.getMessage()))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (isReply(t, message) || isConnectionMessage(message))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure, or one of its causes, is Redis refusing a write for lack of memory ({@code maxmemory}
     * reached under the {@code noeviction} policy): a write that waiting alone will not let through.
     */
    public static boolean isOutOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(OUT_OF_MEMORY)) {
                return true;
            }
        }
        return false;
    }

    /** A short reason for logs and answers. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static boolean isReply(Throwable t, String message) {
        return t.getClass().getName().startsWith("io.vertx.redis")
                && UNAVAILABLE_REPLIES.stream().anyMatch(message::startsWith);
    }

    private static boolean isConnectionMessage(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return UNAVAILABLE_MESSAGES.stream().anyMatch(lower::contains);
    }
}
