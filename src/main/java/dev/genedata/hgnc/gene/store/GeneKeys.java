package dev.genedata.hgnc.gene.store;

import java.util.List;

import dev.genedata.hgnc.redis.RedisScript;

/**
 * The one owner of the gene key scheme in Redis db 0. Every loaded set is a <em>version</em>: its keys
 * share the prefix {@code hgnc:v{N}:} and {@value #CURRENT} names the version readers see. A load writes
 * a new version beside the old one and swaps the pointer in one step, so a reader sees the old set or
 * the new one, never a mix; a retired version expires after a grace period so that readers that began
 * on it can finish, unless the next swap retires another one first (see {@link #SWAP_CURRENT}). Every key of
 * a version being written carries the load's lease as its time to live from its first write on
 * ({@link #HSET_EXPIRING}, {@code SET ... PX}); the loader renews it with the lock ({@link #RENEW_LOAD}) and the
 * swap removes it when the version becomes current, so the partial set of a loader that died expires with its lock.
 *
 * <table>
 * <caption>Keys of version N</caption>
 * <tr><th>key</th><th>type</th><th>holds</th></tr>
 * <tr><td>hgnc:vN:genes</td><td>hash</td><td>numeric HGNC id → the record as UTF-8 JSON</td></tr>
 * <tr><td>hgnc:vN:ids</td><td>string</td><td>every numeric id, ascending, comma-separated</td></tr>
 * <tr><td>hgnc:vN:info</td><td>string</td><td>the set's summary as JSON (what {@code GET /info} answers)</td></tr>
 * <tr><td>hgnc:vN:columns</td><td>string</td><td>the compact per-gene columns analyses read, as JSON</td></tr>
 * </table>
 */
final class GeneKeys {

    /** String: the version readers see. Absent when no set is loaded. */
    static final String CURRENT = "hgnc:current";

    /** String: the version retired last, while its keys live; see {@link #SWAP_CURRENT}. */
    static final String RETIRED = "hgnc:retired";

    /** Counter that numbers versions. */
    static final String VERSION_SEQ = "hgnc:version-seq";

    /**
     * String: the token of the one load that may run at a time, with the load's lease as its time to live; renewed
     * by the loader ({@link #RENEW_LOAD}), deleted by the swap that makes its version current or by
     * {@link #RELEASE_LOCK}.
     */
    static final String LOAD_LOCK = "hgnc:load-lock";

    /** Suffix of the record hash. */
    static final String GENES = "genes";

    /** Suffix of the ordered id list. */
    static final String IDS = "ids";

    /** Suffix of the summary. */
    static final String INFO = "info";

    /** Suffix of the analysis columns. */
    static final String COLUMNS = "columns";

    /**
     * Reads from the current version in one atomic step. {@code ARGV} holds (suffix, field) pairs; an
     * empty field means GET of the key, otherwise HGET of that field. Replies {@code [version, value...]},
     * or {@code false} when no set is loaded.
     */
    static final RedisScript READ_CURRENT = new RedisScript("""
            local v = redis.call('GET', KEYS[1])
            if not v then return false end
            local out = {v}
            for i = 1, #ARGV, 2 do
              local key = 'hgnc:v' .. v .. ':' .. ARGV[i]
              if ARGV[i + 1] == '' then
                out[#out + 1] = redis.call('GET', key)
              else
                out[#out + 1] = redis.call('HGET', key, ARGV[i + 1])
              end
            end
            return out
            """);

    /**
     * Points {@value #CURRENT} ({@code KEYS[1]}) at {@code ARGV[1]} (or deletes it when that is empty) and
     * retires the version it pointed at: its keys get a time to live of {@code ARGV[2]} ms and
     * {@value #RETIRED} ({@code KEYS[2]}) names it. The version retired before it, if its keys still exist, is
     * deleted at once (UNLINK frees it off Redis's main thread): only the latest retired set is kept for the
     * readers that began on it, so loads in quick succession do not pile up sets in Redis's memory. With a
     * time to live of 0 the replaced version is deleted at once too. A load names its lock token in
     * {@code ARGV[3]} (a delete passes an empty one): unless {@value #LOAD_LOCK} ({@code KEYS[3]}) still holds it,
     * nothing changes and the reply is 0, since the load's keys may have expired with its lease; if it does, the
     * lock is released and the new version's keys lose their time to live, in the same step. {@code ARGV[4..]} are
     * the suffixes of a version's keys, the record hash's first. Publishes the new version (empty when none) on
     * {@value #VERSIONS_CHANNEL}, so that every API replica rebuilds its read view. Replies the previous version
     * and how many records it holds, or {@code false}.
     */
    static final RedisScript SWAP_CURRENT = new RedisScript("""
            if ARGV[3] ~= '' then
              if redis.call('GET', KEYS[3]) ~= ARGV[3] then return 0 end
              redis.call('DEL', KEYS[3])
              for i = 4, #ARGV do redis.call('PERSIST', 'hgnc:v' .. ARGV[1] .. ':' .. ARGV[i]) end
            end
            local old = redis.call('GET', KEYS[1])
            if ARGV[1] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[1]) end
            redis.call('PUBLISH', 'hgnc:versions', ARGV[1])
            if not old then return false end
            local replaced = {old, redis.call('HLEN', 'hgnc:v' .. old .. ':' .. ARGV[4])}
            if old == ARGV[1] then return replaced end
            local before = redis.call('GET', KEYS[2])
            local ttl = tonumber(ARGV[2])
            for i = 4, #ARGV do
              if before and before ~= old then redis.call('UNLINK', 'hgnc:v' .. before .. ':' .. ARGV[i]) end
              if ttl > 0 then
                redis.call('PEXPIRE', 'hgnc:v' .. old .. ':' .. ARGV[i], ttl)
              else
                redis.call('UNLINK', 'hgnc:v' .. old .. ':' .. ARGV[i])
              end
            end
            if ttl > 0 then redis.call('SET', KEYS[2], old, 'PX', ttl) else redis.call('DEL', KEYS[2]) end
            return replaced
            """);

    /**
     * Renews a load's lease: if {@value #LOAD_LOCK} ({@code KEYS[1]}) still holds the load's token ({@code ARGV[1]}),
     * it and every key of the version being written ({@code ARGV[3]}, suffixes {@code ARGV[4..]}) get a time to
     * live of {@code ARGV[2]} ms again; keys not written yet are skipped. Replies 1, or 0 when the lock is no longer
     * the load's (its lease ran out, or the swap released it), and then touches nothing.
     */
    static final RedisScript RENEW_LOAD = new RedisScript("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            for i = 4, #ARGV do redis.call('PEXPIRE', 'hgnc:v' .. ARGV[3] .. ':' .. ARGV[i], ARGV[2]) end
            return 1
            """);

    /**
     * Deletes the keys of every version that is neither current ({@code KEYS[1]}) nor the retired one
     * ({@code KEYS[2]}): run by a load that has just taken the lock, so no live load writes any of them. Their time
     * to live removes what a dead load wrote; this removes what expiry cannot, such as the keys a loader that lost its
     * lease recreated and then died before it could delete them. Scans db 0, which holds only the gene keys. Replies
     * how many keys it deleted.
     */
    static final RedisScript DELETE_ORPHANS = new RedisScript("""
            local keep = {}
            for i = 1, 2 do
              local version = redis.call('GET', KEYS[i])
              if version then keep[version] = true end
            end
            local deleted = 0
            local cursor = '0'
            repeat
              local page = redis.call('SCAN', cursor, 'MATCH', 'hgnc:v*:*', 'COUNT', 1000)
              cursor = page[1]
              for _, key in ipairs(page[2]) do
                local version = string.match(key, '^hgnc:v(%d+):')
                if version and not keep[version] then
                  redis.call('UNLINK', key)
                  deleted = deleted + 1
                end
              end
            until cursor == '0'
            return deleted
            """);

    /**
     * The first write of a hash of a version being written: HSET of the (field, value) pairs {@code ARGV[2..]} into
     * {@code KEYS[1]} and its time to live of {@code ARGV[1]} ms in one step, so the hash never exists without it.
     */
    static final RedisScript HSET_EXPIRING = new RedisScript("""
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            return redis.call('PEXPIRE', KEYS[1], ARGV[1])
            """);

    /**
     * The channel every swap publishes the new current version on (an empty message when the set was
     * deleted); spelled out in {@link #SWAP_CURRENT}.
     */
    static final String VERSIONS_CHANNEL = "hgnc:versions";

    /** Deletes {@code KEYS[1]} only if it still holds {@code ARGV[1]}: a lock released by its owner only. */
    static final RedisScript RELEASE_LOCK = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);

    private GeneKeys() {
    }

    /** The key of one version's part: {@code hgnc:v{version}:{suffix}}. */
    static String key(long version, String suffix) {
        return "hgnc:v" + version + ":" + suffix;
    }

    /** The suffixes of every key a version owns, the record hash's first, for expiry and clean-up. */
    static List<String> suffixes() {
        return List.of(GENES, IDS, INFO, COLUMNS);
    }
}
