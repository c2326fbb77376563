package io.ambient.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slot values of an intent (shared/formats.md §1): text values are canonical names from the home
 * ({@code name}, {@code area}, {@code floor}) or words ({@code domain}, {@code color}); numbers are numbers.
 */
public record Slots(Map<String, Object> values) {

    public static final Slots NONE = new Slots(Map.of());

    public Slots {
        Objects.requireNonNull(values, "values");
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!(v instanceof String) && !(v instanceof Number)) {
                throw new IllegalArgumentException("slot " + k + " must be text or a number, was " + v);
            }
            copy.put(k, v);
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static Slots of(Map<String, ?> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                m.put(k, v);
            }
        });
        return new Slots(m);
    }

    public Optional<String> text(String name) {
        Object v = values.get(name);
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Number> number(String name) {
        Object v = values.get(name);
        return v instanceof Number n ? Optional.of(n) : Optional.empty();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Slots with(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(name, value);
        return new Slots(m);
    }

    public Slots without(String name) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.remove(name);
        return new Slots(m);
    }
}
