package io.ambient.context.training;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The synthetic homes whose names fill the templates. Listed in {@code training/homes/index.txt}
 * (a class path cannot be listed portably) and read in that order, so generation is reproducible.
 */
public final class TrainingHomes {
    /** Fixed so that snapshots, and anything derived from them, do not depend on the clock. */
    private static final Instant AT = Instant.EPOCH;

    private final Map<String, HomeSnapshot> homes;

    private TrainingHomes(Map<String, HomeSnapshot> homes) {
        if (homes.isEmpty()) {
            throw new IllegalArgumentException("at least one training home is needed");
        }
        this.homes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(homes));
    }

    /** The homes shipped under {@code training/homes/}, keyed by file name without {@code .json}. */
    public static TrainingHomes load() {
        Map<String, HomeSnapshot> out = new LinkedHashMap<>();
        for (String file : Resources.lines("homes/index.txt")) {
            String id = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            out.put(id, HomeFile.parse(Resources.required("homes/" + file), AT));
        }
        return new TrainingHomes(out);
    }

    /** Other homes, e.g. for a test; iteration order is the map's. */
    public static TrainingHomes of(Map<String, HomeSnapshot> homes) {
        return new TrainingHomes(Objects.requireNonNull(homes, "homes"));
    }

    public List<String> ids() {
        return List.copyOf(homes.keySet());
    }

    public HomeSnapshot home(String id) {
        HomeSnapshot h = homes.get(id);
        if (h == null) {
            throw new IllegalArgumentException("unknown training home " + id + "; known: " + homes.keySet());
        }
        return h;
    }

    /** Every home by id, in load order (unmodifiable). */
    public Map<String, HomeSnapshot> all() {
        return homes;
    }
}
