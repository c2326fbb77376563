package io.ambient.context.nlu;

import java.util.List;
import java.util.Optional;

/**
 * Parsers for the measured things in a request: percentages, temperatures, durations. Each reads at a
 * token index and returns the span it covers, so {@link Analysis} can take the longest reading.
 */
public final class Quantities {

    private Quantities() {
    }

    /** "50 percent", "fifty per cent", "half" (as in "half brightness"), "full"/"max" = 100. */
    public static Optional<Span.Percent> percentAt(List<String> tokens, int start) {
        Optional<NumberParser.Match> n = NumberParser.parseAt(tokens, start);
        if (n.isPresent()) {
            int end = n.get().end();
            if (NumberParser.at(tokens, end, "percent")) {
                return Optional.of(new Span.Percent(start, end + 1, clampPercent(n.get().value())));
            }
            if (NumberParser.at(tokens, end, "per") && NumberParser.at(tokens, end + 1, "cent")) {
                return Optional.of(new Span.Percent(start, end + 2, clampPercent(n.get().value())));
            }
        }
        if (NumberParser.at(tokens, start, "halfway")) {
            return Optional.of(new Span.Percent(start, start + 1, 50));
        }
        return Optional.empty();
    }

    /** "21 degrees", "twenty one degrees celsius", "70 degrees fahrenheit" (converted to °C). */
    public static Optional<Span.Temperature> temperatureAt(List<String> tokens, int start) {
        Optional<NumberParser.Match> n = NumberParser.parseAt(tokens, start);
        if (n.isEmpty() || !NumberParser.at(tokens, n.get().end(), "degrees")
                && !NumberParser.at(tokens, n.get().end(), "degree")) {
            return Optional.empty();
        }
        int end = n.get().end() + 1;
        double value = n.get().value();
        if (NumberParser.at(tokens, end, "fahrenheit") || NumberParser.at(tokens, end, "f")) {
            value = Math.round((value - 32) * 5 / 9 * 2) / 2.0;
            end++;
        } else if (NumberParser.at(tokens, end, "celsius") || NumberParser.at(tokens, end, "centigrade")
                || NumberParser.at(tokens, end, "c")) {
            end++;
        }
        return Optional.of(new Span.Temperature(start, end, value));
    }

    /**
     * A duration: one or more "number unit" parts joined by "and" ("1 hour and 30 minutes"), with
     * halves ("an hour and a half", "half an hour", "one and a half minutes") and "a quarter of an hour".
     */
    public static Optional<Span.Duration> durationAt(List<String> tokens, int start) {
        int[] hms = new int[3];
        int i = start;
        boolean any = false;
        while (true) {
            Optional<Part> part = partAt(tokens, i);
            if (part.isEmpty()) {
                break;
            }
            addPart(hms, part.get());
            any = true;
            i = part.get().end();
            int next = NumberParser.at(tokens, i, "and") ? i + 1 : i;
            if (NumberParser.at(tokens, next, "a") && NumberParser.at(tokens, next + 1, "half") && next > i) {
                addPart(hms, new Part(0.5, part.get().unit(), next + 2));
                i = next + 2;
                break;
            }
            if (partAt(tokens, next).isEmpty()) {
                break;
            }
            i = next;
        }
        return any ? Optional.of(new Span.Duration(start, i, hms[0], hms[1], hms[2])) : Optional.empty();
    }

    /** One "number unit" piece; unit 0 = hours, 1 = minutes, 2 = seconds. */
    private record Part(double amount, int unit, int end) {
    }

    private static Optional<Part> partAt(List<String> tokens, int start) {
        if (NumberParser.at(tokens, start, "half") && NumberParser.at(tokens, start + 1, "an")) {
            int unit = unitOf(tokens, start + 2);
            return unit < 0 ? Optional.empty() : Optional.of(new Part(0.5, unit, start + 3));
        }
        if (NumberParser.at(tokens, start, "a") && NumberParser.at(tokens, start + 1, "quarter")) {
            int k = start + 2;
            k += NumberParser.at(tokens, k, "of") ? 1 : 0;
            k += NumberParser.at(tokens, k, "an") || NumberParser.at(tokens, k, "a") ? 1 : 0;
            int unit = unitOf(tokens, k);
            return unit < 0 ? Optional.empty() : Optional.of(new Part(0.25, unit, k + 1));
        }
        double amount;
        int k;
        if (NumberParser.at(tokens, start, "a") || NumberParser.at(tokens, start, "an")
                || NumberParser.at(tokens, start, "another")) {
            amount = 1;
            k = start + 1;
        } else {
            Optional<NumberParser.Match> n = NumberParser.parseAt(tokens, start);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            amount = n.get().value();
            k = n.get().end();
        }
        int unit = unitOf(tokens, k);
        return unit < 0 ? Optional.empty() : Optional.of(new Part(amount, unit, k + 1));
    }

    private static int unitOf(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        return switch (tokens.get(i)) {
            case "hour", "hours", "hr", "hrs", "h" -> 0;
            case "minute", "minutes", "min", "mins", "m" -> 1;
            case "second", "seconds", "sec", "secs", "s" -> 2;
            default -> -1;
        };
    }

    /** Whole units stay in their unit; fractions spill into the next smaller one (1.5 h = 1 h 30 min). */
    private static void addPart(int[] hms, Part p) {
        double amount = p.amount();
        int unit = p.unit();
        int whole = (int) Math.floor(amount);
        hms[unit] += whole;
        double rest = amount - whole;
        if (rest > 0 && unit < 2) {
            hms[unit + 1] += (int) Math.round(rest * 60);
        }
    }

    private static int clampPercent(double v) {
        return (int) Math.max(0, Math.min(100, Math.round(v)));
    }
}
