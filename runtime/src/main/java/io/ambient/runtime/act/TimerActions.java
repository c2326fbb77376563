package io.ambient.runtime.act;

import io.ambient.context.Slots;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The timer intents, carried out on a {@link TimerService} and worded for the user. */
final class TimerActions {
    private static final Set<String> INTENTS = Set.of("HassStartTimer", "HassCancelTimer", "HassCancelAllTimers",
            "HassIncreaseTimer", "HassDecreaseTimer", "HassPauseTimer", "HassUnpauseTimer", "HassTimerStatus");

    private final TimerService timers;

    TimerActions(TimerService timers) {
        this.timers = timers;
    }

    boolean handles(String intent) {
        return INTENTS.contains(intent);
    }

    ActionResult act(String intent, Slots slots, String site) {
        Optional<Duration> length = duration(slots, "");
        String name = slots.text("name").orElse(null);
        if (intent.equals("HassStartTimer")) {
            if (length.isEmpty()) {
                return ActionResult.refused("For how long?");
            }
            TimerService.Timer t = timers.start(site, name, length.get());
            return ActionResult.answered(t.name() != null
                    ? "Started the " + t.name() + " timer for " + Durations.spoken(t.length()) + "."
                    : "Started a timer for " + Durations.spoken(t.length()) + ".");
        }
        if (intent.equals("HassCancelAllTimers")) {
            int n = timers.cancelAll(site);
            return ActionResult.answered(n == 0 ? "There are no timers." : "Cancelled " + n
                    + (n == 1 ? " timer." : " timers."));
        }
        if (intent.equals("HassTimerStatus")) {
            return ActionResult.answered(status(timers.list(site)));
        }
        Optional<Duration> startLength = duration(slots, "start_");
        Optional<TimerService.Timer> timer = timers.find(site, name,
                startLength.orElse(intent.equals("HassCancelTimer") ? length.orElse(null) : null));
        if (timer.isEmpty()) {
            return ActionResult.refused("There is no such timer.");
        }
        return change(intent, timer.get(), length);
    }

    private ActionResult change(String intent, TimerService.Timer t, Optional<Duration> length) {
        switch (intent) {
            case "HassCancelTimer" -> {
                timers.cancel(t.id());
                return ActionResult.answered("Cancelled the " + t.label() + ".");
            }
            case "HassPauseTimer" -> {
                timers.pause(t.id());
                return ActionResult.answered("Paused the " + t.label() + ".");
            }
            case "HassUnpauseTimer" -> {
                timers.resume(t.id());
                return ActionResult.answered("Resumed the " + t.label() + ".");
            }
            case "HassIncreaseTimer", "HassDecreaseTimer" -> {
                if (length.isEmpty()) {
                    return ActionResult.refused("By how much?");
                }
                Duration delta = intent.equals("HassIncreaseTimer") ? length.get() : length.get().negated();
                TimerService.Timer changed = timers.adjust(t.id(), delta).orElse(t);
                return ActionResult.answered("The " + t.label() + " now has " + Durations.spoken(changed.remaining())
                        + " left.");
            }
            default -> {
                return ActionResult.refused("I can't do that with a timer.");
            }
        }
    }

    private static String status(List<TimerService.Timer> list) {
        if (list.isEmpty()) {
            return "There are no timers.";
        }
        StringBuilder b = new StringBuilder();
        for (TimerService.Timer t : list) {
            b.append(b.length() == 0 ? "" : " ").append("The ").append(t.label()).append(" has ")
                    .append(Durations.spoken(t.remaining())).append(t.paused() ? " left, paused." : " left.");
        }
        return b.toString();
    }

    private static Optional<Duration> duration(Slots slots, String prefix) {
        long h = slots.number(prefix + "hours").map(Number::longValue).orElse(0L);
        long m = slots.number(prefix + "minutes").map(Number::longValue).orElse(0L);
        long s = slots.number(prefix + "seconds").map(Number::longValue).orElse(0L);
        Duration d = Duration.ofHours(h).plusMinutes(m).plusSeconds(s);
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }
}
