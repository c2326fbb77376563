package io.ambient.devices;

import java.util.List;
import java.util.Objects;

/** A floor of the home; {@code name} is canonical, {@code aliases} are other words people use for it. */
public record Floor(String id, String name, List<String> aliases) {
    public Floor {
        Objects.requireNonNull(id, "floor id");
        Objects.requireNonNull(name, "floor name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
