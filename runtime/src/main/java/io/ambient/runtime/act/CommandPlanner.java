package io.ambient.runtime.act;

import io.ambient.context.Slots;
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
        Optional<DeviceCommand> command = switch (intent) {
            case "HassTurnOn" -> firstSupported(target, new DeviceCommand.TurnOn(), new DeviceCommand.Open(),
                    new DeviceCommand.Lock(), new DeviceCommand.VacuumStart());
            case "HassTurnOff" -> firstSupported(target, new DeviceCommand.TurnOff(), new DeviceCommand.Close(),
                    new DeviceCommand.Unlock(), new DeviceCommand.VacuumReturnToBase());
            case "HassLightSet" -> lightSet(slots);
            case "HassClimateSetTemperature" -> slots.number("temperature")
                    .map(t -> new DeviceCommand.SetTargetTemperature(t.doubleValue()));
            case "HassSetPosition" -> slots.number("position").map(p -> new DeviceCommand.SetPosition(clampPercent(p)));
            case "HassMediaPause" -> Optional.of(new DeviceCommand.MediaPause());
            case "HassMediaUnpause" -> Optional.of(new DeviceCommand.MediaPlay());
            case "HassMediaNext" -> Optional.of(new DeviceCommand.MediaNext());
            case "HassMediaPrevious" -> Optional.of(new DeviceCommand.MediaPrevious());
            case "HassSetVolume" -> slots.number("volume_level").map(v -> new DeviceCommand.SetVolume(clampPercent(v)));
            case "HassMediaSearchAndPlay" -> Optional.of(new DeviceCommand.PlayMedia(
                    slots.text("search_query").orElse(""), slots.text("media_class").orElse(null)));
            case "HassVacuumStart" -> Optional.of(new DeviceCommand.VacuumStart());
            case "HassVacuumReturnToBase" -> Optional.of(new DeviceCommand.VacuumReturnToBase());
            default -> Optional.empty();
        };
        // A target that cannot take the command is reported, not sent something it would ignore.
        return command.filter(c -> target.has(c.capability()));
    }

    /** On/off means what it means for the device: the first of these it can take. */
    private static Optional<DeviceCommand> firstSupported(Entity target, DeviceCommand... candidates) {
        for (DeviceCommand c : candidates) {
            if (target.has(c.capability())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A colour when one was said (if the colour is known), otherwise a brightness. */
    private Optional<DeviceCommand> lightSet(Slots slots) {
        Optional<String> color = slots.text("color");
        if (color.isPresent()) {
            return colors.rgb(color.get()).map(c -> new DeviceCommand.SetColor(color.get(), c[0], c[1], c[2]));
        }
        return slots.number("brightness").map(b -> new DeviceCommand.SetBrightness(clampPercent(b)));
    }

    private static int clampPercent(Number n) {
        return (int) Math.max(0, Math.min(100, Math.round(n.doubleValue())));
    }
}
