package io.ambient.teachable.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Taught device aliases, per user and household; one alias names one device per user. */
public final class AliasBook {
    private final RecordStore store;
    private final JsonRecords json = new JsonRecords();

    private record Value(String alias, String entityId) { }

    public AliasBook(RecordStore store) {
        this.store = store;
    }

    public Alias add(UserId user, String entityId, String alias) {
        if (entityId == null || !entityId.matches("[a-z_]+\\.[a-z0-9_]+")) {
            throw new IllegalArgumentException("'" + entityId + "' is not an entity id like light.reading_lamp");
        }
        String key = Phrases.normalize(alias);
        store.put(RecordKey.of(RecordKind.ALIAS, user, key), json.write(new Value(key, entityId)));
        return find(user, key).orElseThrow();
    }

    public Optional<Alias> find(UserId user, String alias) {
        return store.get(RecordKey.of(RecordKind.ALIAS, user, Phrases.normalize(alias))).map(this::decode);
    }

    public List<Alias> list(UserId user) {
        return store.list(RecordKind.ALIAS, user).stream().map(this::decode).toList();
    }

    /**
     * The aliases that apply to {@code user}: the household's, then the user's own (which win when both
     * use the same word for different devices).
     */
    public List<Alias> effective(UserId user) {
        Map<String, Alias> byWord = new LinkedHashMap<>();
        if (!user.isHousehold()) {
            list(UserId.HOUSEHOLD).forEach(a -> byWord.put(a.alias(), a));
        }
        list(user).forEach(a -> byWord.put(a.alias(), a));
        return new ArrayList<>(byWord.values());
    }

    public boolean forget(UserId user, String alias) {
        return store.removeIfPresent(RecordKey.of(RecordKind.ALIAS, user, Phrases.normalize(alias)));
    }

    private Alias decode(StoredRecord record) {
        Value v = json.read(record, Value.class);
        return new Alias(record.key().user(), record.key().key(), v.entityId(), record.updatedAt());
    }
}
