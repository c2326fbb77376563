package io.ambient.teachable.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The interaction log: one record per turn, per user, in time order (keys start with the zero-padded
 * epoch milliseconds). Learners read it; erasing a user erases their log.
 */
public final class InteractionLog {
    private final RecordStore store;
    private final JsonRecords json = new JsonRecords();

    private record Value(String turnId, long at, String site, String text, String rewrittenFrom, String intent,
                         String outcome, double confidence, Map<String, String> details) { }

    public InteractionLog(RecordStore store) {
        this.store = store;
    }

    public void append(Interaction i) {
        store.put(key(i.user(), i.at(), i.turnId()), json.write(new Value(i.turnId(),
                i.at().toEpochMilli(), i.site(), i.text(), i.rewrittenFrom(), i.intent(), i.outcome(), i.confidence(),
                i.details())));
    }

    private static RecordKey key(UserId user, Instant at, String turnId) {
        return RecordKey.of(RecordKind.INTERACTION, user, String.format("%015d-%s", at.toEpochMilli(), turnId));
    }

    /** The logged turn, if it is (still) in the log. */
    public Optional<Interaction> find(UserId user, Instant at, String turnId) {
        return store.get(key(user, at, turnId)).map(this::decode);
    }

    /**
     * Adds details to a logged turn (what was learned about it later: {@code feedback=negative}, {@code undone=true},
     * ...), keeping the others; false when the turn is not in the log (never logged, or pruned).
     */
    public synchronized boolean addDetails(UserId user, Instant at, String turnId, Map<String, String> details) {
        Optional<Interaction> found = find(user, at, turnId);
        if (found.isEmpty()) {
            return false;
        }
        Interaction i = found.get();
        Map<String, String> merged = new TreeMap<>(i.details());
        merged.putAll(details);
        append(new Interaction(i.user(), i.turnId(), i.at(), i.site(), i.text(), i.rewrittenFrom(), i.intent(),
                i.outcome(), i.confidence(), merged));
        return true;
    }

    /**
     * Bounded retention: removes the user's turns older than {@code notBefore} and all but the newest
     * {@code keepLast}, in one durable change, and returns how many were removed. Reads only the keys (they start
     * with the turn's epoch milliseconds), never the values.
     */
    public int prune(UserId user, int keepLast, Instant notBefore) {
        if (keepLast < 0) {
            throw new IllegalArgumentException("keepLast must not be negative, was " + keepLast);
        }
        List<StoredRecord> all = store.list(RecordKind.INTERACTION, user);
        List<Change> removals = new ArrayList<>();
        int excess = all.size() - keepLast;
        for (int i = 0; i < all.size(); i++) {
            StoredRecord r = all.get(i);
            if (i < excess || millisOf(r.key().key()) < notBefore.toEpochMilli()) {
                removals.add(new Change.Remove(r.key()));
            }
        }
        if (!removals.isEmpty()) {
            store.apply(removals);
        }
        return removals.size();
    }

    private static long millisOf(String key) {
        int dash = key.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? key : key.substring(0, dash));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not written by this book: left alone
        }
    }

    /** The user's interactions, oldest first. */
    public List<Interaction> list(UserId user) {
        return store.list(RecordKind.INTERACTION, user).stream().map(this::decode).toList();
    }

    /** The user's interactions at or after {@code since}, oldest first. */
    public List<Interaction> since(UserId user, Instant since) {
        return list(user).stream().filter(i -> !i.at().isBefore(since)).toList();
    }

    private Interaction decode(StoredRecord record) {
        Value v = json.read(record, Value.class);
        return new Interaction(record.key().user(), v.turnId(), Instant.ofEpochMilli(v.at()), v.site(), v.text(),
                v.rewrittenFrom(), v.intent(), v.outcome(), v.confidence(), v.details());
    }
}
