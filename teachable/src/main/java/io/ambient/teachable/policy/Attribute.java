package io.ambient.teachable.policy;

import java.util.List;

/** What the dialog can ask about a listener's taste, with the values the catalogue uses. */
public enum Attribute {
    ENERGY(List.of("laid-back", "upbeat")),
    GENRE(List.of("jazz", "rock", "pop", "electronic", "classical", "folk")),
    ERA(List.of("1970s", "1990s", "2010s"));

    /** The answer "I don't mind": the attribute is settled but constrains nothing. */
    public static final String ANY = "any";

    private final List<String> values;

    Attribute(List<String> values) {
        this.values = values;
    }

    public List<String> choices() {
        return values;
    }

    /** The name used in logs and files: {@code energy}, {@code genre}, {@code era}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
