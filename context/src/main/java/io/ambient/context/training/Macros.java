package io.ambient.context.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared alternatives written once ({@code training/macros.txt}, lines {@code $NAME = (a|b|c)}) so the
 * intent files say {@code $ON the {name:light}} instead of repeating every verb that switches a
 * thing on. Macros may use macros defined above them.
 */
final class Macros {
    private final Map<String, String> definitions;
    /** Longest name first, so {@code $ONV} is not read as {@code $ON} + "V". */
    private final List<String> names;

    private Macros(Map<String, String> definitions) {
        this.definitions = definitions;
        List<String> n = new ArrayList<>(definitions.keySet());
        n.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.names = List.copyOf(n);
    }

    static Macros load() {
        Map<String, String> defs = new LinkedHashMap<>();
        Macros sofar = new Macros(Map.of());
        for (String line : Resources.lines("macros.txt")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("$") || eq < 0) {
                throw new IllegalStateException("macros.txt: expected '$NAME = body', got: " + line);
            }
            String name = line.substring(0, eq).strip();
            defs.put(name, sofar.expand(line.substring(eq + 1).strip()));
            sofar = new Macros(Map.copyOf(defs));
        }
        return sofar;
    }

    String expand(String template) {
        if (template.indexOf('$') < 0) {
            return template;
        }
        String out = template;
        for (String name : names) {
            out = out.replace(name, definitions.get(name));
        }
        if (out.indexOf('$') >= 0) {
            throw new IllegalStateException("unknown macro in: " + template);
        }
        return out;
    }
}
