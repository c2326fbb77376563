package io.ambient.models.head;

/** Argument checks at the package boundary, one helper so every message names the bad value. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
