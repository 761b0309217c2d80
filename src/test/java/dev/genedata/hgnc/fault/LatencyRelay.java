package dev.genedata.hgnc.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay between a service process and Redis that delivers everything the process sends {@code latency} late,
 * in order, and Redis's answers at once: a slow link, on the test's side. Every Redis command of a process behind
 * it (its claim, each progress step, the result, the finish, its lease renewals) takes {@code latency} longer, so a
 * job, about ten sequential round trips, takes about ten times {@code latency} however fast the machine is: a busy
 * machine only makes it longer. That leaves the fault suite seconds to kill, freeze or cut off a worker in the
 * middle of a job, with nothing of the kind in the packaged application.
 * <p>
 * It is a delay line, not a throttle: each chunk read from the process is written to Redis {@code latency} after
 * it arrived, so commands sent together (pipelined, or on several connections) are all delayed once, never queued
 * behind each other. Lease renewals reach Redis {@code latency} late but still once per tick; keep {@code latency}
 * well under {@code hgnc.worker.poll-every} and the lease minus the tick. A connection is cut the way a dead peer
 * cuts it: when Redis closes it (stopped), the process's side is closed; when the process closes it or dies, what
 * it had sent still reaches Redis, as over a real network, and then Redis's side is closed. While Redis is down, a
 * new connection is accepted and reset at once.
 */
final class LatencyRelay implements AutoCloseable {

    private static final int CHUNK = 16 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 2000;
    /** Marks the end of what the process sent. */
    private static final Chunk END = new Chunk(new byte[0], 0);

    private final int redisPort;
    private final long latencyNanos;
    private final String name;
    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    private LatencyRelay(String name, int redisPort, Duration latency, ServerSocket server) {
        this.name = name;
        this.redisPort = redisPort;
        this.latencyNanos = latency.toNanos();
        this.server = server;
    }

    /**
     * Starts a relay on a free loopback port.
     *
     * @param name what its threads are called after (the process behind it)
     * @param redisPort the Redis on 127.0.0.1 it forwards to
     * @param latency how late what the process sends reaches Redis
     */
    static LatencyRelay start(String name, int redisPort, Duration latency) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            LatencyRelay relay = new LatencyRelay(name, redisPort, latency, server);
            thread(name + "-relay-accept", relay::accept);
            return relay;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a relay to Redis on port " + redisPort, e);
        }
    }

    /** The port the process connects to instead of Redis's. */
    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            Socket redis = new Socket();
            try {
                redis.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), redisPort), CONNECT_TIMEOUT_MS);
                client.setTcpNoDelay(true);
                redis.setTcpNoDelay(true);
            } catch (IOException e) {
                reset(client); // Redis is down: the process sees its connection reset
                closeQuietly(redis);
                continue;
            }
            sockets.add(client);
            sockets.add(redis);
            BlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
            thread(name + "-relay-read", () -> read(client, line));
            thread(name + "-relay-delay", () -> deliver(line, client, redis));
            thread(name + "-relay-answer", () -> answer(redis, client));
        }
    }

    /** Reads what the process sends into the delay line, stamped with when it is due at Redis. */
    private void read(Socket client, BlockingQueue<Chunk> line) {
        try {
            InputStream in = client.getInputStream();
            byte[] buffer = new byte[CHUNK];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                line.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + latencyNanos));
            }
        } catch (IOException e) {
            // the process died or reset the connection: what it sent before still goes through
        } finally {
            line.add(END);
        }
    }

    /** Writes each chunk to Redis once it is due; after the process's end, half-closes Redis's side. */
    private void deliver(BlockingQueue<Chunk> line, Socket client, Socket redis) {
        try {
            OutputStream out = redis.getOutputStream();
            for (Chunk chunk = line.take(); chunk != END; chunk = line.take()) {
                for (long wait = chunk.due - System.nanoTime(); wait > 0; wait = chunk.due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                out.write(chunk.bytes);
                out.flush();
            }
            redis.shutdownOutput();
        } catch (IOException e) {
            closeBoth(client, redis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeBoth(client, redis);
        }
    }

    /**
     * Copies Redis's answers to the process at once, dropping them once the process is gone (so that what it sent
     * before still goes through); when Redis closes the connection, closes the process's side.
     */
    private void answer(Socket redis, Socket client) {
        try {
            InputStream in = redis.getInputStream();
            OutputStream out = client.getOutputStream();
            byte[] buffer = new byte[CHUNK];
            boolean gone = false;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (!gone) {
                    try {
                        out.write(buffer, 0, n);
                        out.flush();
                    } catch (IOException e) {
                        gone = true;
                    }
                }
            }
        } catch (IOException e) {
            // Redis went away, or the relay is closed
        } finally {
            closeBoth(client, redis);
        }
    }

    private void closeBoth(Socket client, Socket redis) {
        closeQuietly(client);
        closeQuietly(redis);
        sockets.remove(client);
        sockets.remove(redis);
    }

    /** Stops accepting and cuts every connection. */
    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(LatencyRelay::closeQuietly);
        sockets.clear();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // closed anyway
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    private static void thread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Bytes the process sent, and when they are due at Redis ({@link System#nanoTime()}). */
    private record Chunk(byte[] bytes, long due) {
    }
}
