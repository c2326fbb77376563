package io.ambient.context.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Fillers for value slots, one file per slot under {@code training/values/} ({@code duration.txt} for
 * {@code {duration}}). Lines of a value file are templates themselves, so a value can vary
 * ({@code (5|five) minutes}); value templates must not use slots.
 */
final class SlotValues {
    private static final Template.Slots NO_SLOTS = (slot, random) -> Optional.empty();

    private final Map<String, List<Template>> values;

    private SlotValues(Map<String, List<Template>> values) {
        this.values = values;
    }

    /** Reads {@code values/index.txt} and every file it lists. */
    static SlotValues load(Macros macros) {
        Map<String, List<Template>> out = new TreeMap<>();
        for (String slot : Resources.lines("values/index.txt")) {
            List<Template> list = Resources.lines("values/" + slot + ".txt").stream()
                    .map(macros::expand).map(Template::parse).toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("value file values/" + slot + ".txt is empty");
            }
            out.put(slot, list);
        }
        return new SlotValues(Map.copyOf(out));
    }

    boolean has(String slot) {
        return values.containsKey(slot);
    }

    Optional<String> fill(String slot, SplittableRandom random) {
        List<Template> list = values.get(slot);
        if (list == null) {
            return Optional.empty();
        }
        Template t = list.get(random.nextInt(list.size()));
        return t.render(random, NO_SLOTS).map(SlotValues::join);
    }

    static String join(List<Template.Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.text()));
        return sb.toString().strip().replaceAll("\\s+", " ");
    }
}
