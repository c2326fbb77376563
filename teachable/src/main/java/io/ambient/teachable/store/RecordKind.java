package io.ambient.teachable.store;

import java.util.regex.Pattern;

/**
 * A kind of stored record. Kinds are open: a module that needs to keep something new picks a new name
 * rather than changing the store. The constants are the kinds this module's books use.
 */
public record RecordKind(String name) implements Comparable<RecordKind> {
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public static final RecordKind PHRASE = new RecordKind("phrase");
    public static final RecordKind ALIAS = new RecordKind("alias");
    public static final RecordKind PREFERENCE = new RecordKind("preference");
    public static final RecordKind REWRITE = new RecordKind("rewrite");
    public static final RecordKind LIST = new RecordKind("list");
    public static final RecordKind INTERACTION = new RecordKind("interaction");

    public RecordKind {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("record kind '" + name + "' is not valid: 1-32 of a-z, 0-9, '-'");
        }
    }

    @Override
    public int compareTo(RecordKind other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
