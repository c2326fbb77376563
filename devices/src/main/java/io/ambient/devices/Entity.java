package io.ambient.devices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One controllable or observable thing in the home, as Home Assistant models it: {@code light.kitchen_ceiling}.
 *
 * @param id           entity id, {@code <domain>.<object_id>}
 * @param name         canonical name (what slot values carry)
 * @param aliases      other names people use for it
 * @param domain       the id prefix: {@code light}, {@code cover}, {@code media_player}, ...
 * @param deviceClass  Home Assistant device class ({@code garage}, {@code temperature}, ...) or null
 * @param areaId       id of the area it is in, or null
 * @param capabilities what it can do
 * @param state        Home Assistant state string ({@code on}, {@code off}, {@code open}, {@code locked}, a number ...)
 * @param attributes   brightness, current_temperature, volume_level, ... (JSON-like values, unmodifiable)
 * @param availability whether it answers
 * @param lastChanged  when {@code state} last changed
 * @param protocol     how commands reach it
 */
public record Entity(
        String id,
        String name,
        List<String> aliases,
        String domain,
        String deviceClass,
        String areaId,
        Set<Capability> capabilities,
        String state,
        Map<String, Object> attributes,
        Availability availability,
        Instant lastChanged,
        DeviceProtocol protocol) {

    public Entity {
        Objects.requireNonNull(id, "entity id");
        Objects.requireNonNull(name, "entity name");
        Objects.requireNonNull(domain, "entity domain");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
        state = state == null ? "unknown" : state;
        attributes = attributes == null ? Map.of() : Collections2.unmodifiableCopy(attributes);
        availability = availability == null ? Availability.UNKNOWN : availability;
        lastChanged = lastChanged == null ? Instant.EPOCH : lastChanged;
        protocol = protocol == null ? DeviceProtocol.NONE : protocol;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    public Optional<String> deviceClassOpt() {
        return Optional.ofNullable(deviceClass);
    }

    public Optional<Object> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** A number attribute, if present and numeric (numbers sent as text are accepted). */
    public Optional<Double> number(String key) {
        Object v = attributes.get(key);
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The same entity with a new state and attributes; {@code lastChanged} moves only if the state changed. */
    public Entity withState(String newState, Map<String, Object> newAttributes, Instant at) {
        Instant changed = Objects.equals(state, newState) ? lastChanged : at;
        return new Entity(id, name, aliases, domain, deviceClass, areaId, capabilities, newState,
                newAttributes, availability, changed, protocol);
    }

    public Entity withAvailability(Availability newAvailability) {
        return new Entity(id, name, aliases, domain, deviceClass, areaId, capabilities, state,
                attributes, newAvailability, lastChanged, protocol);
    }
}
