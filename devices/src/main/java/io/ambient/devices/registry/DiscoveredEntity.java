package io.ambient.devices.registry;

import io.ambient.devices.DeviceProtocol;

import java.util.Map;
import java.util.Objects;

/**
 * What discovery learned about one entity, before it is merged with the home's layout.
 *
 * @param id            {@code <domain>.<object_id>}
 * @param domain        {@code light}, {@code cover}, ...
 * @param name          the name the device announced, or null (the layout's name or one derived from the id is used)
 * @param deviceClass   the announced device class, or null
 * @param suggestedArea an area id, name or alias the device suggested, or null (the layout's area is used)
 * @param attributes    static attributes from the announcement ({@code supported_color_modes}, ...)
 * @param protocol      how commands reach it
 */
public record DiscoveredEntity(
        String id,
        String domain,
        String name,
        String deviceClass,
        String suggestedArea,
        Map<String, Object> attributes,
        DeviceProtocol protocol) {

    public DiscoveredEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(protocol, "protocol");
        if (!id.startsWith(domain + ".") || id.length() == domain.length() + 1) {
            throw new IllegalArgumentException("entity id " + id + " is not " + domain + ".<object_id>");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        name = blankToNull(name);
        deviceClass = blankToNull(deviceClass);
        suggestedArea = blankToNull(suggestedArea);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
