package io.ambient.context.nlu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The colours people ask lights for, with an RGB value the runtime can send. */
public final class Colors {

    /** A colour: its slot value (lowercase English) and RGB. */
    public record Colour(String name, int red, int green, int blue) {
    }

    private static final Map<String, Colour> TABLE = table();

    private static Map<String, Colour> table() {
        Map<String, Colour> m = new LinkedHashMap<>();
        add(m, "red", 255, 0, 0);
        add(m, "green", 0, 255, 0);
        add(m, "blue", 0, 0, 255);
        add(m, "yellow", 255, 255, 0);
        add(m, "orange", 255, 165, 0);
        add(m, "purple", 128, 0, 128);
        add(m, "violet", 238, 130, 238);
        add(m, "pink", 255, 192, 203);
        add(m, "magenta", 255, 0, 255);
        add(m, "cyan", 0, 255, 255);
        add(m, "turquoise", 64, 224, 208);
        add(m, "teal", 0, 128, 128);
        add(m, "white", 255, 255, 255);
        add(m, "warm white", 255, 214, 170);
        add(m, "cool white", 230, 240, 255);
        add(m, "cold white", 230, 240, 255);
        add(m, "daylight", 255, 250, 244);
        add(m, "lime", 50, 205, 50);
        add(m, "gold", 255, 215, 0);
        add(m, "amber", 255, 191, 0);
        add(m, "indigo", 75, 0, 130);
        add(m, "lavender", 230, 230, 250);
        add(m, "crimson", 220, 20, 60);
        add(m, "light blue", 173, 216, 230);
        add(m, "dark blue", 0, 0, 139);
        add(m, "sky blue", 135, 206, 235);
        add(m, "light green", 144, 238, 144);
        add(m, "dark green", 0, 100, 0);
        add(m, "dark red", 139, 0, 0);
        add(m, "brown", 165, 42, 42);
        add(m, "salmon", 250, 128, 114);
        add(m, "coral", 255, 127, 80);
        return java.util.Collections.unmodifiableMap(m);
    }

    private Colors() {
    }

    private static void add(Map<String, Colour> m, String name, int r, int g, int b) {
        m.put(name, new Colour(name, r, g, b));
    }

    /** The longest colour name starting at {@code start} (two words before one: "light blue"). */
    public static Optional<Span.Color> parseAt(List<String> tokens, int start) {
        if (start + 1 < tokens.size()) {
            Colour two = TABLE.get(tokens.get(start) + " " + tokens.get(start + 1));
            if (two != null) {
                return Optional.of(new Span.Color(start, start + 2, two));
            }
        }
        if (start < tokens.size()) {
            Colour one = TABLE.get(tokens.get(start));
            if (one != null) {
                return Optional.of(new Span.Color(start, start + 1, one));
            }
        }
        return Optional.empty();
    }

    public static Optional<Colour> byName(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }
}
