package io.ambient.context.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a number starting at a token: digits ("21", "21.5"), words up to the hundreds ("twenty one",
 * "a hundred and twenty"), halves ("a half", "one and a half", "two point five").
 */
public final class NumberParser {

    /** A number and the tokens it used, {@code [start, end)}. */
    public record Match(double value, int start, int end) {
        public boolean isWhole() {
            return value == Math.rint(value);
        }
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    private NumberParser() {
    }

    /** The number that starts at {@code start}, if one does; "a"/"an" count only before "hundred"/"half". */
    public static Optional<Match> parseAt(List<String> tokens, int start) {
        Optional<Match> whole = whole(tokens, start);
        if (whole.isEmpty()) {
            return halfAt(tokens, start);
        }
        Match m = whole.get();
        // "one and a half", "two point five"
        if (at(tokens, m.end(), "and") && at(tokens, m.end() + 1, "a") && at(tokens, m.end() + 2, "half")) {
            return Optional.of(new Match(m.value() + 0.5, start, m.end() + 3));
        }
        if (at(tokens, m.end(), "point") && m.end() + 1 < tokens.size()) {
            Integer digit = UNITS.get(tokens.get(m.end() + 1));
            if (digit != null && digit < 10) {
                return Optional.of(new Match(m.value() + digit / 10.0, start, m.end() + 2));
            }
        }
        return whole;
    }

    /** Whether the token is a number word or digits (cheap check before {@link #parseAt}). */
    public static boolean isNumberWord(String token) {
        return UNITS.containsKey(token) || TENS.containsKey(token) || token.equals("hundred")
                || isDigits(token);
    }

    private static Optional<Match> halfAt(List<String> tokens, int start) {
        if (at(tokens, start, "a") && at(tokens, start + 1, "half")) {
            return Optional.of(new Match(0.5, start, start + 2));
        }
        if (at(tokens, start, "half")) {
            return Optional.of(new Match(0.5, start, start + 1));
        }
        return Optional.empty();
    }

    private static Optional<Match> whole(List<String> tokens, int start) {
        if (start >= tokens.size()) {
            return Optional.empty();
        }
        String first = tokens.get(start);
        if (isDigits(first)) {
            return Optional.of(new Match(Double.parseDouble(first), start, start + 1));
        }
        int i = start;
        double value = 0;
        if ((first.equals("a") || first.equals("one")) && at(tokens, start + 1, "hundred")) {
            value = 100;
            i = start + 2;
            if (at(tokens, i, "and") && i + 1 < tokens.size() && belowHundred(tokens, i + 1).isPresent()) {
                i++;
            }
        } else if (UNITS.containsKey(first) && at(tokens, start + 1, "hundred")) {
            value = UNITS.get(first) * 100;
            i = start + 2;
            if (at(tokens, i, "and") && belowHundred(tokens, i + 1).isPresent()) {
                i++;
            }
        }
        Optional<Match> rest = belowHundred(tokens, i);
        if (rest.isPresent()) {
            return Optional.of(new Match(value + rest.get().value(), start, rest.get().end()));
        }
        return i > start ? Optional.of(new Match(value, start, i)) : Optional.empty();
    }

    private static Optional<Match> belowHundred(List<String> tokens, int start) {
        if (start >= tokens.size()) {
            return Optional.empty();
        }
        String t = tokens.get(start);
        Integer tens = TENS.get(t);
        if (tens != null) {
            Integer unit = start + 1 < tokens.size() ? UNITS.get(tokens.get(start + 1)) : null;
            if (unit != null && unit > 0 && unit < 10) {
                return Optional.of(new Match(tens + unit, start, start + 2));
            }
            return Optional.of(new Match(tens, start, start + 1));
        }
        Integer unit = UNITS.get(t);
        return unit == null ? Optional.empty() : Optional.of(new Match(unit, start, start + 1));
    }

    private static boolean isDigits(String t) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        int dots = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '.') {
                dots++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return dots <= 1 && !t.endsWith(".");
    }

    static boolean at(List<String> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).equals(word);
    }
}
