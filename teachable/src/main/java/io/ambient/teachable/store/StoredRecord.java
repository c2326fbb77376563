package io.ambient.teachable.store;

import java.time.Instant;

/**
 * One record as stored: its key, its value (JSON text, written by a book) and when it was last written.
 */
public record StoredRecord(RecordKey key, String value, Instant updatedAt) {
    public StoredRecord {
        if (key == null || value == null || updatedAt == null) {
            throw new IllegalArgumentException("a stored record needs a key, a value and a time");
        }
    }
}
