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

    private static final Map<String, Colour> TABLE = new LinkedHashMap<>();

    static {
        add("red", 255, 0, 0);
        add("green", 0, 255, 0);
        add("blue", 0, 0, 255);
        add("yellow", 255, 255, 0);
        add("orange", 255, 165, 0);
        add("purple", 128, 0, 128);
        add("violet", 238, 130, 238);
        add("pink", 255, 192, 203);
        add("magenta", 255, 0, 255);
        add("cyan", 0, 255, 255);
        add("turquoise", 64, 224, 208);
        add("teal", 0, 128, 128);
        add("white", 255, 255, 255);
        add("warm white", 255, 214, 170);
        add("cool white", 230, 240, 255);
        add("cold white", 230, 240, 255);
        add("daylight", 255, 250, 244);
        add("lime", 50, 205, 50);
        add("gold", 255, 215, 0);
        add("amber", 255, 191, 0);
        add("indigo", 75, 0, 130);
        add("lavender", 230, 230, 250);
        add("crimson", 220, 20, 60);
        add("light blue", 173, 216, 230);
        add("dark blue", 0, 0, 139);
        add("sky blue", 135, 206, 235);
        add("light green", 144, 238, 144);
        add("dark green", 0, 100, 0);
        add("dark red", 139, 0, 0);
        add("brown", 165, 42, 42);
        add("salmon", 250, 128, 114);
        add("coral", 255, 127, 80);
    }

    private Colors() {
    }

    private static void add(String name, int r, int g, int b) {
        TABLE.put(name, new Colour(name, r, g, b));
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
