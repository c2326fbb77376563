package io.ambient.teachable.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable store of what users taught and what the runtime learned. Writes return an {@link Ack} only
 * once the change is durable; reads see every acknowledged change at once. Thread-safe: writes are
 * serialised, reads run concurrently.
 */
public interface RecordStore extends AutoCloseable {

    /** Applies the changes together (all or none survive a crash) and returns once they are durable. */
    Ack apply(List<Change> changes);

    default Ack put(RecordKey key, String value) {
        return apply(List.of(new Change.Put(key, value)));
    }

    default Ack remove(RecordKey key) {
        return apply(List.of(new Change.Remove(key)));
    }

    /** Removes the record if there is one; false (and nothing written) when there was none. */
    default boolean removeIfPresent(RecordKey key) {
        if (get(key).isEmpty()) {
            return false;
        }
        remove(key);
        return true;
    }

    Optional<StoredRecord> get(RecordKey key);

    /** The user's records of one kind, ordered by key. */
    List<StoredRecord> list(RecordKind kind, UserId user);

    /** Every record of the user, ordered by kind then key (what an export contains). */
    List<StoredRecord> listUser(UserId user);

    /** Everyone who has at least one record, the household included when it has any. */
    Set<UserId> users();

    /**
     * Removes every record of the user, from the index and from the journal on disk (the journal is
     * rewritten without them), and returns how many records were removed.
     */
    int erase(UserId user);

    /** Rewrites the journal as a snapshot of the current records, dropping overwritten history. */
    void compact();

    /**
     * Compacts (as {@link #compact()}) when the journal is at least {@code minJournalBytes} long and more than
     * {@code ratio} times the size a snapshot of the live records would have; true when it did.
     */
    boolean compactIfLarger(double ratio, long minJournalBytes);

    StoreStatus status();

    /**
     * A number that changes (grows) whenever a record of {@code kind} may have changed, including when the journal
     * is rewritten (erase, compaction): what a cache of decoded records checks before trusting itself. Cheap, no
     * lock.
     */
    long version(RecordKind kind);

    @Override
    void close();
}
