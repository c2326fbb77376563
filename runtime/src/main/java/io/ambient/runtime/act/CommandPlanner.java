package io.ambient.runtime.act;

import io.ambient.context.Slots;
import io.ambient.devices.Capability;
import io.ambient.devices.DeviceCommand;
import io.ambient.devices.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the typed command each target gets for a device intent. On/off means what it means for the
 * device: a cover opens, a lock locks, a vacuum starts. A target that cannot do what was asked is
 * reported, not sent a command it would ignore.
 */
public final class CommandPlanner {

    /** Device intents this planner turns into commands. */
    public static final Set<String> DEVICE_INTENTS = Set.of("HassTurnOn", "HassTurnOff", "HassLightSet",
            "HassClimateSetTemperature", "HassSetPosition", "HassMediaPause", "HassMediaUnpause", "HassMediaNext",
            "HassMediaPrevious", "HassSetVolume", "HassMediaSearchAndPlay", "HassVacuumStart",
            "HassVacuumReturnToBase");

    /** Colour name to RGB; supplied by the understanding module's colour table. */
    public interface ColorLookup {
        Optional<int[]> rgb(String name);
    }

    /** The plan: commands to send and targets that cannot do what was asked. */
    public record Plan(List<PlannedCommand> commands, List<Entity> unsupported) { }

    private final ColorLookup colors;

    public CommandPlanner(ColorLookup colors) {
        this.colors = colors;
    }

    public Plan plan(String intent, Slots slots, List<Entity> targets) {
        List<PlannedCommand> commands = new ArrayList<>();
        List<Entity> unsupported = new ArrayList<>();
        for (Entity target : targets) {
            Optional<DeviceCommand> command = commandFor(intent, slots, target);
            if (command.isPresent()) {
                commands.add(new PlannedCommand(target.id(), command.get()));
            } else {
                unsupported.add(target);
            }
        }
        return new Plan(commands, unsupported);
    }

    Optional<DeviceCommand> commandFor(String intent, Slots slots, Entity target) {
        return switch (intent) {
            case "HassTurnOn" -> turnOn(target);
            case "HassTurnOff" -> turnOff(target);
            case "HassLightSet" -> lightSet(slots, target);
            case "HassClimateSetTemperature" -> when(target, Capability.TARGET_TEMPERATURE,
                    slots.number("temperature").map(t -> new DeviceCommand.SetTargetTemperature(t.doubleValue())));
            case "HassSetPosition" -> when(target, Capability.POSITION,
                    slots.number("position").map(p -> new DeviceCommand.SetPosition(clampPercent(p))));
            case "HassMediaPause" -> when(target, Capability.MEDIA_PLAYBACK, Optional.of(new DeviceCommand.MediaPause()));
            case "HassMediaUnpause" -> when(target, Capability.MEDIA_PLAYBACK, Optional.of(new DeviceCommand.MediaPlay()));
            case "HassMediaNext" -> when(target, Capability.MEDIA_PLAYBACK, Optional.of(new DeviceCommand.MediaNext()));
            case "HassMediaPrevious" -> when(target, Capability.MEDIA_PLAYBACK,
                    Optional.of(new DeviceCommand.MediaPrevious()));
            case "HassSetVolume" -> when(target, Capability.VOLUME,
                    slots.number("volume_level").map(v -> new DeviceCommand.SetVolume(clampPercent(v))));
            case "HassMediaSearchAndPlay" -> when(target, Capability.MEDIA_SEARCH, Optional.of(
                    new DeviceCommand.PlayMedia(slots.text("search_query").orElse(""),
                            slots.text("media_class").orElse(null))));
            case "HassVacuumStart" -> when(target, Capability.VACUUM, Optional.of(new DeviceCommand.VacuumStart()));
            case "HassVacuumReturnToBase" -> when(target, Capability.VACUUM,
                    Optional.of(new DeviceCommand.VacuumReturnToBase()));
            default -> Optional.empty();
        };
    }

    private static Optional<DeviceCommand> turnOn(Entity e) {
        if (e.has(Capability.ON_OFF)) {
            return Optional.of(new DeviceCommand.TurnOn());
        }
        if (e.has(Capability.OPEN_CLOSE)) {
            return Optional.of(new DeviceCommand.Open());
        }
        if (e.has(Capability.LOCK)) {
            return Optional.of(new DeviceCommand.Lock());
        }
        if (e.has(Capability.VACUUM)) {
            return Optional.of(new DeviceCommand.VacuumStart());
        }
        return Optional.empty();
    }

    private static Optional<DeviceCommand> turnOff(Entity e) {
        if (e.has(Capability.ON_OFF)) {
            return Optional.of(new DeviceCommand.TurnOff());
        }
        if (e.has(Capability.OPEN_CLOSE)) {
            return Optional.of(new DeviceCommand.Close());
        }
        if (e.has(Capability.LOCK)) {
            return Optional.of(new DeviceCommand.Unlock());
        }
        if (e.has(Capability.VACUUM)) {
            return Optional.of(new DeviceCommand.VacuumReturnToBase());
        }
        return Optional.empty();
    }

    private Optional<DeviceCommand> lightSet(Slots slots, Entity e) {
        Optional<String> color = slots.text("color");
        if (color.isPresent()) {
            if (!e.has(Capability.COLOR)) {
                return Optional.empty();
            }
            return colors.rgb(color.get()).map(c -> new DeviceCommand.SetColor(color.get(), c[0], c[1], c[2]));
        }
        return when(e, Capability.BRIGHTNESS,
                slots.number("brightness").map(b -> new DeviceCommand.SetBrightness(clampPercent(b))));
    }

    private static Optional<DeviceCommand> when(Entity e, Capability needed, Optional<DeviceCommand> command) {
        return e.has(needed) ? command : Optional.empty();
    }

    private static int clampPercent(Number n) {
        return (int) Math.max(0, Math.min(100, Math.round(n.doubleValue())));
    }
}
