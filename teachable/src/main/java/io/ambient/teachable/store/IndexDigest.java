package io.ambient.teachable.store;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * An order-independent digest of a set of (key, value) pairs: the sum of one mixed 64-bit hash per pair.
 * Adding or removing a pair updates it in O(1), so the index can carry it in every commit and a reopened
 * index that silently lost or kept a stale entry no longer matches it.
 */
final class IndexDigest {
    private IndexDigest() { }

    static long of(String key, String value) {
        long h = (crc(key) << 32) ^ crc(value);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long crc(String s) {
        CRC32C crc = new CRC32C();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
