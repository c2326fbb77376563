package io.ambient.devices;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A room or zone. {@code floorId} may be null when the home does not say which floor it is on. */
public record Area(String id, String name, List<String> aliases, String floorId) {
    public Area {
        Objects.requireNonNull(id, "area id");
        Objects.requireNonNull(name, "area name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Optional<String> floor() {
        return Optional.ofNullable(floorId);
    }
}
