package io.ambient.teachable.store;

/**
 * Where a record lives: its kind, its owner and a key unique within both (a phrase, an entity id, a
 * preference name...). Keys are compared exactly; books normalise them before they get here.
 */
public record RecordKey(RecordKind kind, UserId user, String key) {
    /** Longest key accepted; a key is an identifier or a short utterance, never a document. */
    public static final int MAX_KEY_LENGTH = 512;

    public RecordKey {
        if (kind == null || user == null) {
            throw new IllegalArgumentException("a record key needs a kind and a user");
        }
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("record key must be 1-" + MAX_KEY_LENGTH + " characters, was "
                    + (key == null ? "null" : key.length() + " characters"));
        }
        if (key.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("record key must not contain NUL: '" + key.replace('\u0000', '?') + "'");
        }
    }

    public static RecordKey of(RecordKind kind, UserId user, String key) {
        return new RecordKey(kind, user, key);
    }
}
