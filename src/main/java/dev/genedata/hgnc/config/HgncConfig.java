package dev.genedata.hgnc.config;

import java.net.URI;
import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of the service, under the {@code hgnc} prefix. Redis connection details come from
 * {@code REDIS_HOST}/{@code REDIS_PORT}/{@code REDIS_PASSWORD} through {@code application.properties}.
 */
@ConfigMapping(prefix = "hgnc")
public interface HgncConfig {

    /** Where {@code POST /data} without a body downloads the complete set from. */
    Source source();

    /** How loaded data sets are kept. */
    Data data();

    /** Where the service reaches Redis. */
    Redis redis();

    /** Protection of the routes that change or delete data. */
    Admin admin();

    /** Which parts of the application run in this process. */
    @WithDefault("both")
    Role role();

    /** Analysis jobs. */
    Jobs jobs();

    /** The worker that runs jobs. */
    Worker worker();

    /** The in-memory read view of each API replica. */
    View view();

    /** The read view: how a replica notices a new data version it missed on the versions channel. */
    interface View {

        /**
         * How often a replica compares its view's version with Redis's current one ({@code @Scheduled}
         * syntax); a swap also tells it at once through a Redis channel.
         */
        @WithDefault("2s")
        String checkEvery();
    }

    /** The roles one application can play; dev mode and a plain {@code java -jar} run both. */
    enum Role {
        /** REST routes only: accepts jobs, never runs them. */
        API,
        /** Runs jobs only (its HTTP port serves health and metrics, see {@code WorkerRouteGuard}). */
        WORKER,
        /** Both. */
        BOTH;

        /** Whether this process runs jobs. */
        public boolean runsWorker() {
            return this != API;
        }

        /** Whether this process serves the REST API. */
        public boolean servesApi() {
            return this != WORKER;
        }
    }

    /** Admin protection. */
    interface Admin {

        /**
         * The bearer token {@code POST /data}, {@code DELETE /data} and {@code DELETE /jobs/{id}} require,
         * from {@code ADMIN_TOKEN}. Unset: those routes are open (fine in dev mode; prod logs a warning).
         */
        java.util.Optional<String> token();
    }

    /** Analysis jobs. */
    interface Jobs {

        /** How long finished, failed and cancelled jobs and their results are kept. */
        @WithDefault("7d")
        Duration ttl();

        /**
         * How often an API replica with open job event streams checks that it still listens to the jobs' changes
         * channel ({@code @Scheduled} syntax), and, when it had to listen again, reads those jobs afresh.
         */
        @WithDefault("2s")
        String eventsCheckEvery();
    }

    /** The worker. */
    interface Worker {

        /** How many jobs one worker process runs at once. */
        @WithDefault("2")
        int concurrency();

        /** How long a worker's lease lasts without renewal; a dead worker's jobs are reaped after it. */
        @WithDefault("30s")
        Duration lease();

        /** How many times a job is started before it is failed for good. */
        @WithDefault("3")
        int maxAttempts();

        /**
         * The consumer's tick ({@code @Scheduled} syntax): each tick renews the worker's lease (so keep it
         * well under {@link #lease()}) and restarts the queue loop if it stopped; the loop itself takes
         * jobs as they come, between ticks too.
         */
        @WithDefault("1s")
        String pollEvery();

        /** How often the worker looks for jobs of dead workers. */
        @WithDefault("5s")
        String reapEvery();

        /** Longest pause between retries while Redis is unavailable. */
        @WithDefault("30s")
        Duration maxBackoff();
    }

    /** The upstream HGNC complete set. */
    interface Source {

        /**
         * The download URL: {@code https:}, {@code http:} or {@code file:}. Never taken from a client.
         */
        @WithDefault("https://storage.googleapis.com/public-download-files/hgnc/json/json/hgnc_complete_set.json")
        URI url();

        /** How long a download may take before it is abandoned with a 502. */
        @WithDefault("120s")
        Duration timeout();
    }

    /** Loaded data sets. */
    interface Data {

        /**
         * How long a replaced or deleted data set stays readable, so that a reader that started
         * before the swap (a streaming {@code GET /data}, a running job) finishes on the set it began with.
         * Only the latest replaced set is kept: the next swap deletes it at once.
         */
        @WithDefault("2m")
        Duration retiredTtl();

        /**
         * The lease of a load: how long the load lock and the keys of the version being written live without
         * renewal. The loading process renews both every third of it while it works, so a load may take as long
         * as it needs, while the lock and the partial set of a loader that died go within this time.
         */
        @WithDefault("5s")
        Duration loadLease();

        /**
         * The largest data set a load reads once decompressed (the full set's JSON is about 30 MB); more
         * is refused with 413, so a small gzip bomb cannot keep a load busy for ever.
         */
        @WithDefault("256M")
        MemorySize maxSize();
    }

    /** The Redis server. */
    interface Redis {

        /** Host name, from {@code REDIS_HOST} (or the course's {@code REDIS_IP}). */
        String host();

        /** Port, from {@code REDIS_PORT}. */
        int port();

        /** How long any call waits on Redis before taking it as unavailable; {@code quarkus.redis.*.timeout} too. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * Whether dev mode starts an embedded Redis on {@link #port()} when no {@code REDIS_HOST} is set.
         */
        @WithDefault("false")
        boolean embedded();

        /** Where the embedded Redis keeps its snapshot and append-only files. */
        @WithDefault("target/dev-redis")
        String embeddedDir();
    }
}
