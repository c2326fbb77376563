package io.ambient.devices.sim;

import io.ambient.devices.Entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One virtual device's state and behaviour, in Home Assistant terms (brightness 0-255, position 0-100,
 * volume 0-1); the dialects translate on the wire. Not thread-safe: callers hold the device's monitor.
 */
final class SimDevice {
    /** simulated seconds a cover takes from closed to open */
    private static final double COVER_TRAVEL_SECONDS = 10;
    private static final double VACUUM_CLEANING_SECONDS = 60;
    private static final double VACUUM_RETURN_SECONDS = 8;
    private static final double OVEN_HEAT_PER_SECOND = 2.0;
    private static final double ROOM_DRIFT_PER_SECOND = 0.05;
    private static final double ROOM_TEMPERATURE = 21;
    private static final List<String> PLAYLIST = List.of("Morning Jazz", "Blue in Green", "So What",
            "Autumn Leaves", "Take Five");

    final Entity entity;
    final boolean zigbee2mqtt;
    String state;
    final Map<String, Object> attributes;
    boolean responsive = true;
    boolean available = true;
    private double position;
    private double targetPosition;
    private double phaseLeft;
    private int track;

    SimDevice(Entity entity, boolean zigbee2mqtt) {
        this.entity = entity;
        this.zigbee2mqtt = zigbee2mqtt;
        this.state = entity.state();
        this.attributes = new LinkedHashMap<>(entity.attributes());
        this.position = entity.number("current_position").orElse("open".equals(state) ? 100.0 : 0.0);
        this.targetPosition = position;
        if ("cleaning".equals(state)) {
            phaseLeft = VACUUM_CLEANING_SECONDS;
        }
    }

    String id() {
        return entity.id();
    }

    String domain() {
        return entity.domain();
    }

    String objectId() {
        return entity.id().substring(entity.domain().length() + 1);
    }

    boolean isOn() {
        return !"off".equals(state);
    }

    void setOn(boolean on) {
        switch (domain()) {
            case "media_player" -> state = on ? "idle" : "off";
            case "climate" -> setMode(on ? "heat" : "off");
            default -> {
                state = on ? "on" : "off";
                if (on && domain().equals("light") && intAttr("brightness", 0) == 0) {
                    attributes.put("brightness", 255);
                }
            }
        }
    }

    void setBrightness(int brightness255) {
        int b = Math.max(0, Math.min(255, brightness255));
        attributes.put("brightness", b);
        state = b == 0 ? "off" : "on";
    }

    void setColor(int r, int g, int b) {
        state = "on";
        attributes.put("rgb_color", List.of(r, g, b));
        attributes.put("color_mode", "rgb");
        if (intAttr("brightness", 0) == 0) {
            attributes.put("brightness", 255);
        }
    }

    void moveTo(double percent) {
        targetPosition = Math.max(0, Math.min(100, percent));
        if (targetPosition == position) {
            settleCover();
        } else {
            state = targetPosition > position ? "opening" : "closing";
        }
    }

    void stopCover() {
        targetPosition = position;
        settleCover();
    }

    void setLocked(boolean locked) {
        state = locked ? "locked" : "unlocked";
    }

    void setMode(String mode) {
        state = mode;
    }

    void setSetpoint(double celsius) {
        attributes.put("temperature", celsius);
    }

    void vacuum(String command) {
        switch (command) {
            case "start" -> {
                state = "cleaning";
                phaseLeft = VACUUM_CLEANING_SECONDS;
            }
            case "return_to_base" -> {
                state = "returning";
                phaseLeft = VACUUM_RETURN_SECONDS;
            }
            case "stop", "pause" -> state = "idle";
            default -> throw new IllegalArgumentException("unknown vacuum command '" + command + "'");
        }
    }

    /** This project's media player commands (see the discovery package documentation). */
    void media(String command, Map<String, Object> body) {
        switch (command) {
            case "turn_on" -> state = "idle";
            case "turn_off" -> state = "off";
            case "play" -> {
                state = "playing";
                attributes.putIfAbsent("media_title", PLAYLIST.get(track));
            }
            case "pause" -> state = "paused";
            case "next", "previous" -> {
                track = Math.floorMod(track + (command.equals("next") ? 1 : -1), PLAYLIST.size());
                attributes.put("media_title", PLAYLIST.get(track));
                attributes.put("media_track", track + 1);
            }
            case "volume" -> attributes.put("volume_level", number(body.get("volume_level"), "volume_level"));
            case "play_media" -> {
                Object query = Objects.requireNonNull(body.get("media_content_id"), "media_content_id");
                state = "playing";
                attributes.put("media_content_id", query);
                attributes.put("media_content_type", body.getOrDefault("media_content_type", "music"));
                attributes.put("media_title", String.valueOf(query));
            }
            default -> throw new IllegalArgumentException("unknown media command '" + command + "'");
        }
    }

    /** Sets state and attributes as a test or demo says ("the oven is on"); a null state keeps the state. */
    void force(String newState, Map<String, ?> newAttributes) {
        if (newState != null) {
            state = newState;
        }
        if (newAttributes != null) {
            newAttributes.forEach((k, v) -> {
                if (v == null) {
                    attributes.remove(k);
                } else {
                    attributes.put(k, v);
                }
                attributes.remove(k + "_exact");
            });
        }
        if (domain().equals("cover")) {
            position = attr("current_position", "open".equals(state) ? 100 : 0);
            targetPosition = position;
        }
        if (state.equals("cleaning") || state.equals("returning")) {
            phaseLeft = state.equals("cleaning") ? VACUUM_CLEANING_SECONDS : VACUUM_RETURN_SECONDS;
        }
    }

    /** Advances time by {@code seconds} of simulated time; true when something visible changed. */
    boolean tick(double seconds) {
        return switch (domain()) {
            case "cover" -> tickCover(seconds);
            case "climate" -> drift("current_temperature", isOn() ? attr("temperature", ROOM_TEMPERATURE)
                    : ROOM_TEMPERATURE, ROOM_DRIFT_PER_SECOND * seconds, 10);
            case "vacuum" -> tickVacuum(seconds);
            default -> attributes.containsKey("current_temperature") && drift("current_temperature",
                    isOn() ? attr("temperature", 200) : ROOM_TEMPERATURE,
                    (isOn() ? OVEN_HEAT_PER_SECOND : OVEN_HEAT_PER_SECOND / 4) * seconds, 1);
        };
    }

    private boolean tickCover(double seconds) {
        if (position == targetPosition) {
            return false;
        }
        double step = 100 / COVER_TRAVEL_SECONDS * seconds;
        position = position < targetPosition ? Math.min(targetPosition, position + step)
                : Math.max(targetPosition, position - step);
        int before = intAttr("current_position", -1);
        if (position == targetPosition) {
            settleCover();
            return true;
        }
        attributes.put("current_position", (int) Math.round(position));
        return before != (int) Math.round(position);
    }

    private void settleCover() {
        position = targetPosition;
        attributes.put("current_position", (int) Math.round(position));
        state = position > 0 ? "open" : "closed";
    }

    private boolean tickVacuum(double seconds) {
        if (!state.equals("cleaning") && !state.equals("returning")) {
            return false;
        }
        phaseLeft -= seconds;
        if (phaseLeft > 0) {
            return false;
        }
        if (state.equals("cleaning")) {
            state = "returning";
            phaseLeft = VACUUM_RETURN_SECONDS;
        } else {
            state = "docked";
        }
        return true;
    }

    /** Moves a temperature toward {@code target} by at most {@code maxStep}, rounded to {@code perUnit} steps. */
    private boolean drift(String key, double target, double maxStep, double perUnit) {
        double now = attr(key, ROOM_TEMPERATURE);
        double exact = attributes.get(key + "_exact") instanceof Double d ? d : now;
        double next = Math.abs(target - exact) <= maxStep ? target : exact + Math.signum(target - exact) * maxStep;
        attributes.put(key + "_exact", next);
        double shown = Math.round(next * perUnit) / perUnit;
        if (shown == now) {
            return false;
        }
        attributes.put(key, shown);
        return true;
    }

    /** Attributes as the device reports them (internal bookkeeping left out). */
    Map<String, Object> visibleAttributes() {
        Map<String, Object> out = new LinkedHashMap<>(attributes);
        out.keySet().removeIf(k -> k.endsWith("_exact"));
        return out;
    }

    double attr(String key, double fallback) {
        return attributes.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }

    int intAttr(String key, int fallback) {
        return attributes.get(key) instanceof Number n ? (int) Math.round(n.doubleValue()) : fallback;
    }

    static double number(Object v, String what) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(what + " must be a number, was " + v);
    }
}
