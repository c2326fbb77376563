package io.ambient.context.resolve;

import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Wording of the questions asked back: "Which lamp: the floor lamp or the reading lamp?" */
final class Questions {
    private Questions() {
    }

    static String which(String noun, List<Entity> candidates, HomeSnapshot home) {
        Set<String> names = new HashSet<>();
        candidates.forEach(e -> names.add(e.name()));
        boolean byArea = names.size() < candidates.size();
        List<String> labels = new ArrayList<>();
        for (Entity e : candidates) {
            String area = home.area(e.areaId()).map(a -> a.name().toLowerCase(Locale.ROOT)).orElse("home");
            labels.add(byArea ? "the one in the " + area : "the " + e.name().toLowerCase(Locale.ROOT));
        }
        return "Which " + noun + ": " + joinOr(labels) + "?";
    }

    /** The last word the candidates' names share ("lamp"), else "device". */
    static String nounOf(List<Entity> candidates) {
        String common = null;
        for (Entity e : candidates) {
            String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
            String last = words[words.length - 1];
            if (common != null && !common.equals(last)) {
                return "one";
            }
            common = last;
        }
        return common == null ? "one" : common;
    }

    private static String joinOr(List<String> labels) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
