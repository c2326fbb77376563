package io.ambient.teachable.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        String key = String.format("%015d-%s", i.at().toEpochMilli(), i.turnId());
        store.put(RecordKey.of(RecordKind.INTERACTION, i.user(), key), json.write(new Value(i.turnId(),
                i.at().toEpochMilli(), i.site(), i.text(), i.rewrittenFrom(), i.intent(), i.outcome(), i.confidence(),
                i.details())));
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
