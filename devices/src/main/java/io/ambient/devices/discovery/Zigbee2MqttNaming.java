package io.ambient.devices.discovery;

import io.ambient.devices.Entity;
import io.ambient.devices.registry.Names;

import java.util.Optional;

/**
 * How Zigbee2MQTT friendly names and entity ids correspond, in both directions.
 *
 * <p>Convention: a friendly name may be {@code <area>/<device>} ({@code living_room/floor_lamp}), as
 * Zigbee2MQTT users often group topics. The entity id is {@code <domain>.<slug of the whole friendly name>}
 * ({@code light.living_room_floor_lamp}), which is also what Zigbee2MQTT's own Home Assistant integration
 * produces. The first path segment names the area (matched to the home's areas by id, name or alias); the
 * name is the layout entity's name when the home file has an entity with that id, otherwise the last segment
 * in words ({@code Floor Lamp}). The {@code description} field is kept as an attribute, not used as the name,
 * because Zigbee2MQTT users write notes there.
 *
 * <p>The reverse, used by the simulator: an entity whose object id starts with its area id and {@code _} gets
 * {@code <area id>/<rest>}; any other entity gets its object id as friendly name (its area then comes from the
 * layout). Either way discovering the friendly name gives back the same entity id.
 */
public final class Zigbee2MqttNaming {
    private Zigbee2MqttNaming() {
    }

    /** The friendly name a simulated or configured device gets for {@code entity}. */
    public static String friendlyName(Entity entity) {
        String objectId = entity.id().substring(entity.domain().length() + 1);
        String area = entity.areaId();
        if (area != null && objectId.startsWith(area + "_") && objectId.length() > area.length() + 1) {
            return area + "/" + objectId.substring(area.length() + 1);
        }
        return objectId;
    }

    /** {@code light} + {@code living_room/floor_lamp} -> {@code light.living_room_floor_lamp}. */
    public static String entityId(String domain, String friendlyName) {
        String slug = Names.slug(friendlyName);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("friendly name '" + friendlyName + "' has no letters or digits");
        }
        return domain + "." + slug;
    }

    /** The area the friendly name's first path segment names, if it has more than one segment. */
    public static Optional<String> areaHint(String friendlyName) {
        int slash = friendlyName.indexOf('/');
        return slash > 0 ? Optional.of(friendlyName.substring(0, slash)) : Optional.empty();
    }
}
