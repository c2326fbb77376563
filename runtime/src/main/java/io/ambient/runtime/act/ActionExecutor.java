package io.ambient.runtime.act;

import io.ambient.context.Interpretation;
import io.ambient.context.Slots;
import io.ambient.devices.CommandOutcome;
import io.ambient.devices.DeviceCommand;
import io.ambient.devices.DeviceCommander;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Carries out a resolved interpretation: device commands (waiting for the devices to confirm), questions,
 * timers, lists and announcements. Never throws for a device fault: a device that does not answer is a
 * failed outcome with a sentence naming it.
 */
public final class ActionExecutor {
    private final DeviceCommander devices;
    private final CommandPlanner planner;
    private final TimerActions timers;
    private final ListService lists;
    private final Announcer announcer;
    private final Clock clock;

    public ActionExecutor(DeviceCommander devices, CommandPlanner planner, TimerService timers, ListService lists,
                          Announcer announcer, Clock clock) {
        this.devices = devices;
        this.planner = planner;
        this.timers = new TimerActions(timers);
        this.lists = lists;
        this.announcer = announcer;
        this.clock = clock;
    }

    public ActionResult act(Interpretation.Resolved resolved, HomeSnapshot home, String siteId) {
        String intent = resolved.intent();
        Slots slots = resolved.slots();
        List<Entity> targets = resolved.targets().stream().map(home::entity).flatMap(Optional::stream).toList();
        if (CommandPlanner.DEVICE_INTENTS.contains(intent)) {
            return control(intent, slots, targets);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return switch (intent) {
            case "HassGetState" -> ActionResult.answered(Answers.state(slots, targets));
            case "HassClimateGetTemperature" -> ActionResult.answered(Answers.temperature(home, targets));
            case "HassGetCurrentTime" -> ActionResult.answered(Answers.time(now));
            case "HassGetCurrentDate" -> ActionResult.answered(Answers.date(now));
            case "HassGetWeather" -> ActionResult.answered(Answers.weather(home));
            case "HassShoppingListAddItem", "HassListAddItem" -> addToList(slots);
            case "HassShoppingListCompleteItem", "HassListCompleteItem" -> completeOnList(slots);
            case "HassNevermind" -> ActionResult.answered("OK, never mind.");
            case "HassRespond" -> ActionResult.answered(slots.text("response").orElse("OK."));
            case "HassBroadcast" -> broadcast(slots, siteId);
            case "AmbientGetScore" -> ActionResult.answered(Answers.score(home, slots.text("team").orElse("")));
            default -> timers.handles(intent) ? timers.act(intent, slots, siteId)
                    : ActionResult.refused("I understood " + intent + " but I can't do that yet.");
        };
    }

    private ActionResult control(String intent, Slots slots, List<Entity> targets) {
        if (targets.isEmpty()) {
            return ActionResult.refused("I found no device to do that with.");
        }
        CommandPlanner.Plan plan = planner.plan(intent, slots, targets);
        if (plan.commands().isEmpty()) {
            return ActionResult.refused(Answers.names(plan.unsupported()).replaceFirst("^t", "T") + " can't do that.");
        }
        List<CompletableFuture<CommandOutcome>> sent = new ArrayList<>();
        for (PlannedCommand c : plan.commands()) {
            sent.add(devices.send(c.entityId(), c.command()));
        }
        List<CommandOutcome> outcomes = sent.stream().map(CompletableFuture::join).toList();
        List<String> failures = outcomes.stream().filter(o -> o instanceof CommandOutcome.Failed)
                .map(o -> ((CommandOutcome.Failed) o).reason()).toList();
        List<Entity> done = new ArrayList<>();
        for (CommandOutcome outcome : outcomes) {
            if (outcome instanceof CommandOutcome.Confirmed) {
                targets.stream().filter(e -> e.id().equals(outcome.entityId())).findFirst().ifPresent(done::add);
            }
        }
        String response = done.isEmpty() ? "" : Confirmations.sentence(plan.commands().get(0).command(), done);
        if (!failures.isEmpty()) {
            response = (response.isEmpty() ? "" : response + " ") + String.join(" ", failures.stream()
                    .map(f -> f.endsWith(".") ? f : f + ".").toList());
        }
        return new ActionResult(failures.isEmpty() && plan.unsupported().isEmpty(), response, outcomes);
    }

    private ActionResult addToList(Slots slots) {
        Optional<String> item = slots.text("item");
        if (item.isEmpty()) {
            return ActionResult.refused("What should I add?");
        }
        String list = slots.text("name").orElse(ListService.SHOPPING);
        lists.add(list, item.get());
        return ActionResult.answered("Added " + item.get() + " to your " + list + ".");
    }

    private ActionResult completeOnList(Slots slots) {
        Optional<String> item = slots.text("item");
        String list = slots.text("name").orElse(ListService.SHOPPING);
        if (item.isPresent() && lists.complete(list, item.get())) {
            return ActionResult.answered("Checked off " + item.get() + ".");
        }
        return ActionResult.refused(item.map(i -> i + " is not on your " + list + ".").orElse("Which item?"));
    }

    private ActionResult broadcast(Slots slots, String siteId) {
        Optional<String> message = slots.text("message");
        if (message.isEmpty()) {
            return ActionResult.refused("What should I announce?");
        }
        announcer.say(null, message.get());
        return ActionResult.answered("Announced.");
    }

    /** Confirmation sentences for device commands. */
    static final class Confirmations {
        private Confirmations() {
        }

        static String sentence(DeviceCommand command, List<Entity> done) {
            String who = Answers.names(done);
            // Java 17 has no pattern matching for switch; an instanceof chain keeps the sealed set explicit.
            if (command instanceof DeviceCommand.TurnOn) {
                return "Turned on " + who + ".";
            } else if (command instanceof DeviceCommand.TurnOff) {
                return "Turned off " + who + ".";
            } else if (command instanceof DeviceCommand.SetBrightness c) {
                return "Set " + who + " to " + c.percent() + "%.";
            } else if (command instanceof DeviceCommand.SetColor c) {
                return "Set " + who + " to " + c.name() + ".";
            } else if (command instanceof DeviceCommand.SetPosition c) {
                return "Set " + who + " to " + c.percent() + "%.";
            } else if (command instanceof DeviceCommand.Open) {
                return "Opened " + who + ".";
            } else if (command instanceof DeviceCommand.Close) {
                return "Closed " + who + ".";
            } else if (command instanceof DeviceCommand.SetTargetTemperature c) {
                return "Set " + who + " to " + Answers.degrees(c.celsius()) + ".";
            } else if (command instanceof DeviceCommand.MediaPlay) {
                return "Resumed " + who + ".";
            } else if (command instanceof DeviceCommand.MediaPause) {
                return "Paused " + who + ".";
            } else if (command instanceof DeviceCommand.MediaNext) {
                return "Skipped ahead on " + who + ".";
            } else if (command instanceof DeviceCommand.MediaPrevious) {
                return "Went back on " + who + ".";
            } else if (command instanceof DeviceCommand.SetVolume c) {
                return "Set the volume of " + who + " to " + c.percent() + "%.";
            } else if (command instanceof DeviceCommand.PlayMedia c) {
                return "Playing " + c.query() + " on " + who + ".";
            } else if (command instanceof DeviceCommand.Lock) {
                return "Locked " + who + ".";
            } else if (command instanceof DeviceCommand.Unlock) {
                return "Unlocked " + who + ".";
            } else if (command instanceof DeviceCommand.VacuumStart) {
                return "Started " + who + ".";
            } else {
                return "Sent " + who + " back to its dock.";
            }
        }
    }
}
