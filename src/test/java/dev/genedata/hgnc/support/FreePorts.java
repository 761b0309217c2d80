package dev.genedata.hgnc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for the servers the tests start (Redis, the service's processes).
 *
 * <p>A port from {@code new ServerSocket(0)} lies in the kernel's ephemeral range, where any outgoing
 * connection may take it as its local port the moment it is released: a Redis started or restarted on it
 * a little later then fails with "Address already in use" (seen on CI). Ports are therefore drawn below
 * that range, where the kernel never assigns one by itself, and checked by binding them.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;

    private FreePorts() {
    }

    /** A loopback port below the ephemeral range that nothing listens on right now. */
    public static int next() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // taken: draw another
            }
        }
        throw new UncheckedIOException(new IOException("no free loopback port between " + LOWEST + " and " + below));
    }

    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).strip();
            return Math.max(LOWEST + 1_000, Integer.parseInt(range.split("\\s+")[0]));
        } catch (IOException | RuntimeException notLinux) {
            return 32_768;
        }
    }
}
