package io.ambient.context.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Numeric slots: brightness, colour, temperature, position, volume, timer durations, asked-about state. */
final class ValueSlots {
    private static final Set<String> UP = Set.of("up", "louder", "warmer", "hotter", "brighter", "brighten",
            "increase", "raise", "higher", "more", "cold", "chilly", "freezing", "frozen", "lighter");
    private static final Set<String> DOWN = Set.of("down", "quieter", "softer", "cooler", "colder", "dim", "dimmer",
            "darker", "decrease", "lower", "less", "hot", "warm", "boiling", "roasting", "sweltering", "stuffy",
            "sweating", "reduce");
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("on", "on"), Map.entry("off", "off"),
            Map.entry("open", "open"), Map.entry("opened", "open"), Map.entry("closed", "closed"),
            Map.entry("shut", "closed"), Map.entry("locked", "locked"), Map.entry("unlocked", "unlocked"),
            Map.entry("playing", "playing"), Map.entry("paused", "paused"), Map.entry("docked", "docked"),
            Map.entry("cleaning", "cleaning"), Map.entry("running", "on"), Map.entry("idle", "idle"),
            Map.entry("lock", "locked"), Map.entry("unlock", "unlocked"));

    private ValueSlots() {
    }

    static Optional<Integer> percent(Analysis a) {
        Optional<Span.Percent> p = a.first(Span.Percent.class);
        if (p.isPresent()) {
            return Optional.of(p.get().value());
        }
        if (a.text().matches(".*\\b(full|max|maximum) brightness\\b.*|.*\\bbrightness (to )?(full|max|maximum)\\b.*")) {
            return Optional.of(100);
        }
        return numberAfter(a, Set.of("to", "at", "volume", "brightness", "level")).map(ValueSlots::clampPercent);
    }

    /** Volume in percent: a number, "half volume", "all the way up"/"max", "mute". */
    static Optional<Integer> volume(Analysis a) {
        String t = a.text();
        if (t.matches(".*\\b(all the way up|max|maximum|full (volume|blast))\\b.*")) {
            return Optional.of(100);
        }
        if (t.matches(".*\\b(mute|all the way down)\\b.*")) {
            return Optional.of(0);
        }
        if (a.tokens().contains("half")) {
            return Optional.of(50);
        }
        return percent(a);
    }

    /** "too loud" asks for less even though "loud" reads as more. */
    static int volumeDirection(Analysis a) {
        String t = a.text();
        if (t.matches(".*\\btoo loud\\b.*")) {
            return -1;
        }
        if (t.matches(".*\\b(too quiet|can not hear)\\b.*")) {
            return 1;
        }
        return direction(a);
    }

    static Optional<Number> temperature(Analysis a) {
        Optional<Span.Temperature> t = a.first(Span.Temperature.class);
        if (t.isPresent()) {
            return Optional.of(asNumber(t.get().celsius()));
        }
        return numberAfter(a, Set.of("to", "at", "on")).map(ValueSlots::asNumber);
    }

    static Optional<Integer> position(Analysis a) {
        Optional<Integer> p = percent(a);
        if (p.isPresent()) {
            return p;
        }
        return a.tokens().contains("half") ? Optional.of(50) : Optional.empty();
    }

    static Optional<String> color(Analysis a) {
        return a.first(Span.Color.class).map(c -> c.colour().name());
    }

    static void duration(Analysis a, Map<String, Object> slots, String prefix) {
        a.first(Span.Duration.class).ifPresent(d -> {
            if (d.hours() > 0) {
                slots.put(prefix + "hours", d.hours());
            }
            if (d.minutes() > 0) {
                slots.put(prefix + "minutes", d.minutes());
            }
            if (d.seconds() > 0) {
                slots.put(prefix + "seconds", d.seconds());
            }
        });
    }

    /** The state word of a question ("is the door locked" -> locked); the last one counts. */
    static Optional<String> state(Analysis a) {
        String found = null;
        for (String t : a.tokens()) {
            String s = STATES.get(t);
            if (s != null) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** +1 for "louder", "I'm cold", "turn it up"; -1 for the opposite; 0 when the words give no direction. */
    static int direction(Analysis a) {
        int dir = 0;
        for (String t : a.tokens()) {
            if (UP.contains(t)) {
                dir = 1;
            } else if (DOWN.contains(t)) {
                dir = -1;
            }
        }
        return dir;
    }

    private static Optional<Double> numberAfter(Analysis a, Set<String> words) {
        List<String> t = a.tokens();
        for (Span.Number n : a.all(Span.Number.class)) {
            if (n.start() > 0 && words.contains(t.get(n.start() - 1))) {
                return Optional.of(n.value());
            }
        }
        return Optional.empty();
    }

    static Number asNumber(double v) {
        return v == Math.rint(v) ? (Number) (int) v : (Number) v;
    }

    private static int clampPercent(double v) {
        return (int) Math.max(0, Math.min(100, Math.round(v)));
    }
}
