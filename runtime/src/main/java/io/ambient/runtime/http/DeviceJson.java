package io.ambient.runtime.http;

import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** One entity as the API shows it. */
@Serdeable
public record DeviceJson(String id, String name, List<String> aliases, String domain, @Nullable String deviceClass,
                         @Nullable String area, List<String> capabilities, String state,
                         Map<String, Object> attributes, String availability, String lastChanged, String protocol) {

    public static DeviceJson of(Entity e, HomeSnapshot home) {
        return new DeviceJson(e.id(), e.name(), e.aliases(), e.domain(), e.deviceClass(),
                home.area(e.areaId()).map(a -> a.name()).orElse(null),
                e.capabilities().stream().map(c -> c.name().toLowerCase()).sorted().toList(), e.state(),
                e.attributes(), e.availability().name().toLowerCase(), e.lastChanged().toString(),
                e.protocol().name().toLowerCase());
    }
}
