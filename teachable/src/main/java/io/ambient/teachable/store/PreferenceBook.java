package io.ambient.teachable.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Preferences, per user; {@link #resolve} falls back to the household's. */
public final class PreferenceBook {
    private final RecordStore store;
    private final JsonRecords json = new JsonRecords();

    private record Value(String value) { }

    public PreferenceBook(RecordStore store) {
        this.store = store;
    }

    public Preference set(UserId user, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("preference '" + key + "' needs a value");
        }
        RecordKey k = key(user, key);
        store.put(k, json.write(new Value(value.trim())));
        return get(user, key).orElseThrow();
    }

    /** The user's own value only. */
    public Optional<Preference> get(UserId user, String key) {
        return store.get(key(user, key)).map(this::decode);
    }

    /** The user's value, else the household's. */
    public Optional<Preference> resolve(UserId user, String key) {
        Optional<Preference> own = get(user, key);
        return own.isPresent() || user.isHousehold() ? own : get(UserId.HOUSEHOLD, key);
    }

    public List<Preference> list(UserId user) {
        return store.list(RecordKind.PREFERENCE, user).stream().map(this::decode).toList();
    }

    public boolean remove(UserId user, String key) {
        return store.removeIfPresent(key(user, key));
    }

    private static RecordKey key(UserId user, String key) {
        if (key == null || !key.trim().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("preference key '" + key + "' must be 1-64 of a-z, 0-9, '_', '.', '-'");
        }
        return RecordKey.of(RecordKind.PREFERENCE, user, key.trim().toLowerCase(Locale.ROOT));
    }

    private Preference decode(StoredRecord record) {
        return new Preference(record.key().user(), record.key().key(), json.read(record, Value.class).value(),
                record.updatedAt());
    }
}
