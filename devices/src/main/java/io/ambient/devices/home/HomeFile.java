package io.ambient.devices.home;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.devices.Area;
import io.ambient.devices.Availability;
import io.ambient.devices.Capabilities;
import io.ambient.devices.DeviceProtocol;
import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a home file (shared/formats.md §2) into a {@link HomeSnapshot}. Unknown fields are ignored;
 * missing required fields and references to unknown areas or floors are errors that name the culprit.
 */
public final class HomeFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HomeFile() {
    }

    public static HomeSnapshot read(Path path, Instant at) {
        try {
            return parse(Files.readString(path), at);
        } catch (IOException e) {
            throw new HomeFileException("cannot read home file " + path + ": " + e.getMessage(), e);
        } catch (HomeFileException e) {
            throw new HomeFileException(path + ": " + e.getMessage(), e);
        }
    }

    public static HomeSnapshot parse(String json, Instant at) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new HomeFileException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new HomeFileException("a home file is a JSON object with floors, areas, sites and entities");
        }
        List<Floor> floors = new ArrayList<>();
        for (JsonNode f : array(root, "floors")) {
            floors.add(new Floor(text(f, "id", "floor"), text(f, "name", "floor"), strings(f.get("aliases"))));
        }
        Set<String> floorIds = new HashSet<>();
        floors.forEach(f -> floorIds.add(f.id()));
        List<Area> areas = new ArrayList<>();
        for (JsonNode a : array(root, "areas")) {
            String id = text(a, "id", "area");
            String floor = optionalText(a, "floor");
            if (floor != null && !floorIds.contains(floor)) {
                throw new HomeFileException("area " + id + " is on unknown floor " + floor);
            }
            areas.add(new Area(id, text(a, "name", "area " + id), strings(a.get("aliases")), floor));
        }
        Set<String> areaIds = new HashSet<>();
        areas.forEach(a -> areaIds.add(a.id()));
        List<Site> sites = new ArrayList<>();
        for (JsonNode s : array(root, "sites")) {
            String id = text(s, "id", "site");
            String area = text(s, "area", "site " + id);
            if (!areaIds.contains(area)) {
                throw new HomeFileException("site " + id + " is in unknown area " + area);
            }
            sites.add(new Site(id, area, optionalText(s, "user")));
        }
        List<Entity> entities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode e : array(root, "entities")) {
            Entity entity = entity(e, areaIds, at);
            if (!seen.add(entity.id())) {
                throw new HomeFileException("entity " + entity.id() + " appears twice");
            }
            entities.add(entity);
        }
        return HomeSnapshot.of(floors, areas, sites, entities, at);
    }

    private static Entity entity(JsonNode e, Set<String> areaIds, Instant at) {
        String id = text(e, "id", "entity");
        int dot = id.indexOf('.');
        if (dot <= 0 || dot == id.length() - 1) {
            throw new HomeFileException("entity id " + id + " is not <domain>.<name>");
        }
        String domain = optionalText(e, "domain");
        if (domain == null) {
            domain = id.substring(0, dot);
        }
        String area = optionalText(e, "area");
        if (area != null && !areaIds.contains(area)) {
            throw new HomeFileException("entity " + id + " is in unknown area " + area);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        JsonNode attrs = e.get("attributes");
        if (attrs != null && attrs.isObject()) {
            attributes = JSON.convertValue(attrs, JSON.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
        }
        String deviceClass = optionalText(e, "device_class");
        if (deviceClass == null && attributes.get("device_class") instanceof String dc) {
            deviceClass = dc;
        }
        String state = e.hasNonNull("state") ? e.get("state").asText() : "unknown";
        return new Entity(id, text(e, "name", "entity " + id), strings(e.get("aliases")), domain, deviceClass,
                area, Capabilities.infer(domain, deviceClass, attributes), state, attributes,
                Availability.ONLINE, at, protocolOf(optionalText(e, "protocol")));
    }

    private static DeviceProtocol protocolOf(String value) {
        if (value == null) {
            return DeviceProtocol.NONE;
        }
        return switch (value) {
            case "zigbee2mqtt", "z2m" -> DeviceProtocol.ZIGBEE2MQTT;
            case "homeassistant", "home_assistant", "ha" -> DeviceProtocol.HOME_ASSISTANT;
            default -> throw new HomeFileException("unknown protocol " + value
                    + " (use homeassistant or zigbee2mqtt)");
        };
    }

    private static Iterable<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new HomeFileException("'" + field + "' must be an array");
        }
        return node;
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new HomeFileException(what + " has no '" + field + "'" + (node.has("id") ? " (" + node.get("id").asText() + ")" : ""));
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
