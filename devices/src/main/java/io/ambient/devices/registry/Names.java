package io.ambient.devices.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into ids and ids into names the way Home Assistant does ({@code "Living Room"} <-> {@code living_room}). */
public final class Names {
    private Names() {
    }

    /** Lower case, ASCII, words joined by {@code _}: {@code "Kids' Room/Lamp"} -> {@code kids_room_lamp}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }

    /** {@code floor_lamp} -> {@code Floor Lamp}; the fallback name when neither device nor layout gives one. */
    public static String humanize(String objectId) {
        StringBuilder out = new StringBuilder();
        for (String word : objectId.split("[_\\s/]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
