package io.ambient.teachable.store;

/** One change to the store. Several changes given together are applied (and survive a crash) together. */
public sealed interface Change permits Change.Put, Change.Remove {

    RecordKey key();

    /** Writes {@code value} under {@code key}, replacing what was there. */
    record Put(RecordKey key, String value) implements Change {
        /** Largest value accepted (UTF-16 chars); values are small JSON documents. */
        public static final int MAX_VALUE_LENGTH = 1 << 20;

        public Put {
            if (key == null || value == null) {
                throw new IllegalArgumentException("a put needs a key and a value");
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("value for " + key + " is " + value.length()
                        + " characters, more than " + MAX_VALUE_LENGTH);
            }
        }
    }

    /** Removes the record under {@code key}; removing what is not there is not an error. */
    record Remove(RecordKey key) implements Change {
        public Remove {
            if (key == null) {
                throw new IllegalArgumentException("a remove needs a key");
            }
        }
    }
}
