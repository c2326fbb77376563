package io.ambient.runtime.act;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations as people say them: "1 hour and 30 minutes", "45 seconds". */
public final class Durations {
    private Durations() {
    }

    public static String spoken(Duration d) {
        long total = Math.max(0, d.toSeconds());
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        List<String> parts = new ArrayList<>();
        if (h > 0) {
            parts.add(h + (h == 1 ? " hour" : " hours"));
        }
        if (m > 0) {
            parts.add(m + (m == 1 ? " minute" : " minutes"));
        }
        if (s > 0 || parts.isEmpty()) {
            parts.add(s + (s == 1 ? " second" : " seconds"));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
