package io.ambient.teachable.store;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who something belongs to: a person ({@code ann}) or the whole {@link #HOUSEHOLD}, whose layer applies to
 * everyone and is consulted after the person's own. Ids are lower-cased so "Ann" and "ann" are one person.
 */
public record UserId(String value) implements Comparable<UserId> {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

    /** The household layer: what applies to everyone in the home. */
    public static final UserId HOUSEHOLD = new UserId("household");

    public UserId {
        if (value == null) {
            throw new IllegalArgumentException("a user id is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("user id '" + value
                    + "' is not valid: 1-64 of a-z, 0-9, '_', '.', '-', starting with a letter or digit");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    public boolean isHousehold() {
        return equals(HOUSEHOLD);
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
