package io.ambient.teachable.store;

import io.ambient.models.text.Embedding;
import java.util.List;
import java.util.Optional;

/**
 * Learned rewrites, per user and household (the household layer holds rewrites learned from everyone). A rewrite
 * someone forgot leaves a marker (kind {@code rewrite-forgotten}) so that mining does not learn it again; putting
 * the same rewrite on purpose removes the marker.
 */
public final class RewriteBook {
    /** Marks a source phrasing whose rewrite was forgotten on purpose. */
    public static final RecordKind FORGOTTEN = new RecordKind("rewrite-forgotten");

    private final RecordStore store;
    private final JsonRecords json = new JsonRecords();

    private record Value(String from, String to, Rewrite.RewriteStats stats, float[] vector, String spaceId) { }

    public RewriteBook(RecordStore store) {
        this.store = store;
    }

    /** Stores (or replaces) a rewrite under its normalised {@code from}. */
    public Rewrite put(UserId user, String from, String to, Rewrite.RewriteStats stats, Optional<Embedding> embedding) {
        String key = Phrases.normalize(from);
        Embedding e = embedding.orElse(null);
        store.apply(List.of(new Change.Put(RecordKey.of(RecordKind.REWRITE, user, key), json.write(new Value(key,
                to.trim(), stats, e == null ? null : e.vector(), e == null ? null : e.spaceId()))),
                new Change.Remove(RecordKey.of(FORGOTTEN, user, key))));
        return find(user, key).orElseThrow();
    }

    public Optional<Rewrite> find(UserId user, String from) {
        return store.get(RecordKey.of(RecordKind.REWRITE, user, Phrases.normalize(from))).map(this::decode);
    }

    /** Adds one success or failure to the rewrite's statistics; false when there is no such rewrite. */
    public synchronized boolean recordOutcome(UserId user, String from, boolean success) {
        Optional<Rewrite> found = find(user, from);
        if (found.isEmpty()) {
            return false;
        }
        Rewrite r = found.get();
        put(user, r.from(), r.to(), r.stats().withOutcome(success), r.embedding());
        return true;
    }

    /** Changes whenever any rewrite may have changed (see {@link RecordStore#version}). */
    public long version() {
        return store.version(RecordKind.REWRITE);
    }

    public List<Rewrite> list(UserId user) {
        return store.list(RecordKind.REWRITE, user).stream().map(this::decode).toList();
    }

    public boolean remove(UserId user, String from) {
        return store.removeIfPresent(RecordKey.of(RecordKind.REWRITE, user, Phrases.normalize(from)));
    }

    /**
     * Forgets the rewrite on purpose: removes it and marks its source phrasing so that mining skips it from now on.
     * False (and nothing written) when there was no such rewrite.
     */
    public boolean forget(UserId user, String from) {
        String key = Phrases.normalize(from);
        RecordKey rewrite = RecordKey.of(RecordKind.REWRITE, user, key);
        if (store.get(rewrite).isEmpty()) {
            return false;
        }
        store.apply(List.of(new Change.Remove(rewrite), new Change.Put(RecordKey.of(FORGOTTEN, user, key), "true")));
        return true;
    }

    /** True when the user forgot the rewrite of this phrasing on purpose. */
    public boolean isForgotten(UserId user, String from) {
        return store.get(RecordKey.of(FORGOTTEN, user, Phrases.normalize(from))).isPresent();
    }

    private Rewrite decode(StoredRecord record) {
        Value v = json.read(record, Value.class);
        Optional<Embedding> embedding = v.vector() == null || v.spaceId() == null ? Optional.empty()
                : Optional.of(new Embedding(v.vector(), v.spaceId()));
        return new Rewrite(record.key().user(), record.key().key(), v.to(), v.stats(), embedding, record.updatedAt());
    }
}
