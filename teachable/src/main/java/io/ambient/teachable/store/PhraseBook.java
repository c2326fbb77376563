package io.ambient.teachable.store;

import java.util.List;
import java.util.Optional;

/** Taught phrases, per user; {@link #lookup} consults the person's own first, then the household's. */
public final class PhraseBook {
    /** Most steps one phrase may expand to: a phrase is a shortcut, not a script. */
    public static final int MAX_STEPS = 10;
    private final RecordStore store;
    private final JsonRecords json = new JsonRecords();

    private record Value(String phrase, List<String> steps) { }

    public PhraseBook(RecordStore store) {
        this.store = store;
    }

    /** Teaches (or re-teaches) the phrase; returns once durable. */
    public TaughtPhrase teach(UserId user, String phrase, List<String> steps) {
        String key = Phrases.normalize(phrase);
        List<String> clean = steps.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (clean.isEmpty() || clean.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a taught phrase needs 1-" + MAX_STEPS + " steps, got " + clean.size());
        }
        for (String step : clean) {
            if (Phrases.normalize(step).equals(key)) {
                throw new IllegalArgumentException("'" + phrase + "' cannot expand to itself");
            }
        }
        store.put(RecordKey.of(RecordKind.PHRASE, user, key), json.write(new Value(key, clean)));
        return find(user, key).orElseThrow();
    }

    /** The user's own phrase (no household fallback). */
    public Optional<TaughtPhrase> find(UserId user, String phrase) {
        return store.get(RecordKey.of(RecordKind.PHRASE, user, Phrases.normalize(phrase))).map(this::decode);
    }

    /** What {@code utterance} means when it is a taught phrase: the user's own, else the household's. */
    public Optional<TaughtPhrase> lookup(UserId user, String utterance) {
        String key;
        try {
            key = Phrases.normalize(utterance);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<TaughtPhrase> own = store.get(RecordKey.of(RecordKind.PHRASE, user, key)).map(this::decode);
        if (own.isPresent() || user.isHousehold()) {
            return own;
        }
        return store.get(RecordKey.of(RecordKind.PHRASE, UserId.HOUSEHOLD, key)).map(this::decode);
    }

    public List<TaughtPhrase> list(UserId user) {
        return store.list(RecordKind.PHRASE, user).stream().map(this::decode).toList();
    }

    /** Forgets the user's phrase; false when there was none. */
    public boolean forget(UserId user, String phrase) {
        return store.removeIfPresent(RecordKey.of(RecordKind.PHRASE, user, Phrases.normalize(phrase)));
    }

    private TaughtPhrase decode(StoredRecord record) {
        Value v = json.read(record, Value.class);
        return new TaughtPhrase(record.key().user(), record.key().key(), v.steps(), record.updatedAt());
    }
}
