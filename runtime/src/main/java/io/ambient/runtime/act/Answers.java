package io.ambient.runtime.act;

import io.ambient.context.Slots;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words the answers to questions about the home, the time and the weather, from the snapshot. */
public final class Answers {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

    private Answers() {
    }

    public static String state(Slots slots, List<Entity> targets) {
        Optional<String> asked = slots.text("state");
        if (targets.isEmpty()) {
            String kind = slots.text("domain").map(Answers::plural).orElse("devices");
            return asked.map(s -> "No " + kind + " are " + s + ".").orElse("I found no " + kind + " to ask about.");
        }
        if (asked.isPresent() && targets.size() == 1) {
            Entity e = targets.get(0);
            boolean yes = asked.get().equalsIgnoreCase(e.state());
            return (yes ? "Yes, " : "No, ") + "the " + e.name() + " is " + e.state() + ".";
        }
        if (asked.isPresent() && targets.stream().allMatch(e -> asked.get().equalsIgnoreCase(e.state()))) {
            return "These are " + asked.get() + ": " + names(targets) + ".";
        }
        return targets.stream().map(e -> "the " + e.name() + " is " + e.state())
                .collect(Collectors.joining(", ", "", ".")).replaceFirst("^t", "T");
    }

    public static String temperature(HomeSnapshot home, List<Entity> targets) {
        if (targets.isEmpty()) {
            return "I don't have a temperature reading for that.";
        }
        return targets.stream().map(e -> temperatureOf(home, e)).collect(Collectors.joining(" "));
    }

    private static String temperatureOf(HomeSnapshot home, Entity e) {
        Optional<Double> value = e.number("current_temperature");
        if (value.isEmpty() && "sensor".equals(e.domain())) {
            try {
                value = Optional.of(Double.parseDouble(e.state()));
            } catch (NumberFormatException ignored) {
                value = Optional.empty();
            }
        }
        if (value.isEmpty()) {
            return "The " + e.name() + " does not report a temperature right now.";
        }
        String where = home.area(e.areaId()).map(a -> " in the " + a.name()).orElse("");
        if ("climate".equals(e.domain()) || "sensor".equals(e.domain())) {
            return "It is " + degrees(value.get()) + where + ".";
        }
        return "The " + e.name() + " is at " + degrees(value.get()) + ".";
    }

    public static String time(LocalDateTime now) {
        return "It is " + TIME.format(now) + ".";
    }

    public static String date(LocalDateTime now) {
        return "Today is " + DATE.format(now) + ".";
    }

    public static String weather(HomeSnapshot home) {
        Optional<Entity> weather = home.entities().values().stream().filter(e -> "weather".equals(e.domain()))
                .findFirst();
        if (weather.isEmpty()) {
            return "I don't have a weather source in this home.";
        }
        Entity w = weather.get();
        String condition = w.state().replace('_', ' ').replace("partlycloudy", "partly cloudy");
        return w.number("temperature").map(t -> "It's " + condition + " and " + degrees(t) + ".")
                .orElse("It's " + condition + ".");
    }

    /**
     * The score of a team from a sports sensor of the home: a sensor whose {@code team_name} attribute names
     * the team, with {@code team_score}, {@code opponent_name} and {@code opponent_score} (the attributes of
     * Home Assistant's community sports integration). Offline there is no other source, and the answer says so.
     */
    public static String score(HomeSnapshot home, String team) {
        Optional<Entity> sensor = home.entities().values().stream()
                .filter(e -> e.attribute("team_name").map(n -> String.valueOf(n).equalsIgnoreCase(team)).orElse(false))
                .findFirst();
        if (sensor.isEmpty()) {
            return "I have no score source for the " + team + " in this home.";
        }
        Entity e = sensor.get();
        Optional<Double> own = e.number("team_score");
        Optional<Double> other = e.number("opponent_score");
        if (own.isEmpty() || other.isEmpty()) {
            return "The " + team + " have no game on right now.";
        }
        String against = e.attribute("opponent_name").map(n -> " against the " + n).orElse("");
        return "The " + team + " " + Math.round(own.get()) + ", " + Math.round(other.get()) + against + ".";
    }

    static String names(List<Entity> entities) {
        List<String> names = entities.stream().map(e -> "the " + e.name()).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String degrees(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value))
                + " degrees";
    }

    private static String plural(String domain) {
        return switch (domain) {
            case "light" -> "lights";
            case "switch" -> "switches";
            case "cover" -> "covers";
            case "lock" -> "locks";
            case "media_player" -> "players";
            case "fan" -> "fans";
            default -> domain.replace('_', ' ') + "s";
        };
    }
}
