package io.ambient.devices;

import java.util.Objects;
import java.util.Optional;

/**
 * A satellite (microphone) and the area it stands in; Hermes calls its id {@code siteId}.
 *
 * @param user the person a personal satellite belongs to (a bedside or office one), or null when anyone
 *             may be speaking; turns from it are that person's unless the request names someone else
 */
public record Site(String id, String areaId, String user) {
    public Site {
        Objects.requireNonNull(id, "site id");
        Objects.requireNonNull(areaId, "site area");
    }

    public Site(String id, String areaId) {
        this(id, areaId, null);
    }

    public Optional<String> owner() {
        return Optional.ofNullable(user);
    }
}
