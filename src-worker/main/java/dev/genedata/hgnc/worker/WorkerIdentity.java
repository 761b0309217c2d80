package dev.genedata.hgnc.worker;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This worker process's name in the queue: host, process id and a random suffix, so two pods (or a
 * restarted process on the same host) never share a processing list.
 */
@ApplicationScoped
public class WorkerIdentity {

    private final String id;

    WorkerIdentity() {
        this.id = host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The worker id. */
    public String id() {
        return id;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
