package io.ambient.devices;

import java.util.Objects;

/** A satellite (microphone) and the area it stands in; Hermes calls its id {@code siteId}. */
public record Site(String id, String areaId) {
    public Site {
        Objects.requireNonNull(id, "site id");
        Objects.requireNonNull(areaId, "site area");
    }
}
