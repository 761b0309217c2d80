package dev.genedata.hgnc.deploy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare Redis protocol (RESP2) connection to a loopback port, for the tests that look into a real Redis
 * without redis-cli (the backup test, the fault suite): plain commands, and the full sync that
 * {@code redis-cli --rdb} uses to fetch a snapshot.
 */
public final class RespConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /** Connects to Redis on 127.0.0.1:{@code port}; every read gives up after 20 seconds. */
    public RespConnection(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends one command and returns its reply: a String, a Long, null, or a List of those. */
    public Object call(String... args) throws IOException {
        send(args);
        return read();
    }

    /** {@link #call} for commands that answer with text. */
    public String text(String... args) throws IOException {
        return String.valueOf(call(args));
    }

    /**
     * The RDB snapshot a replica receives on a full sync ({@code SYNC}), as {@code redis-cli --rdb} fetches it.
     * Without the "eof" capability announced, Redis sends it with its length up front.
     */
    public byte[] fullSync() throws IOException {
        send("SYNC");
        int first;
        do {
            first = in.read(); // Redis sends newlines to keep the link alive while it writes the snapshot
        } while (first == '\n');
        if (first != '$') {
            throw new IOException("unexpected reply to SYNC: " + (char) first + line());
        }
        int length = Integer.parseInt(line());
        return in.readNBytes(length);
    }

    private void send(String... args) throws IOException {
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        command.write(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            command.write(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            command.write(bytes);
            command.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(command.toByteArray());
        out.flush();
    }

    private Object read() throws IOException {
        int type = in.read();
        String line = line();
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new IOException("Redis error: " + line);
            case ':':
                return Long.parseLong(line);
            case '$': {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return null;
                }
                String value = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                line();
                return value;
            }
            case '*': {
                int count = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(read());
                }
                return items;
            }
            default:
                throw new IOException("unexpected reply type " + type);
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\r'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("Redis closed the connection");
            }
            line.append((char) c);
        }
        in.read(); // '\n'
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
