package io.ambient.teachable.store;

/** The store could not do what was asked; nothing was acknowledged. Subclasses say why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The journal is damaged somewhere other than its last record, so it cannot be repaired by truncation. */
    public static final class Corrupted extends StoreException {
        public Corrupted(String message) {
            super(message);
        }
    }

    /** Another process has the store open. */
    public static final class Locked extends StoreException {
        public Locked(String message) {
            super(message);
        }
    }

    /** The store was written by a newer version (schema) that this code cannot read. */
    public static final class UnsupportedSchema extends StoreException {
        public UnsupportedSchema(String message) {
            super(message);
        }
    }

    /** Reading or writing the files failed (disk full, permissions...). */
    public static final class Io extends StoreException {
        public Io(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The store is closed. */
    public static final class Closed extends StoreException {
        public Closed() {
            super("the teachable store is closed");
        }
    }
}
