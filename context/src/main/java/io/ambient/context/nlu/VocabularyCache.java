package io.ambient.context.nlu;

import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the vocabulary of the last home seen. A new snapshot arrives with every state change, so the
 * cache is keyed by snapshot identity first and, on a miss, reuses the vocabulary when only states
 * changed (same floors, areas, entity ids, names, aliases): rebuilding per turn would waste the
 * latency budget.
 */
public final class VocabularyCache {
    private record Entry(HomeSnapshot home, Vocabulary vocabulary) {
    }

    private final AtomicReference<Entry> last = new AtomicReference<>();

    public Vocabulary of(HomeSnapshot home) {
        Entry e = last.get();
        if (e != null && (e.home() == home || sameNames(e.home(), home))) {
            if (e.home() != home) {
                last.set(new Entry(home, e.vocabulary()));
            }
            return e.vocabulary();
        }
        Vocabulary v = Vocabulary.of(home);
        last.set(new Entry(home, v));
        return v;
    }

    static boolean sameNames(HomeSnapshot a, HomeSnapshot b) {
        if (!a.floors().equals(b.floors()) || a.entities().size() != b.entities().size()
                || !sameAreas(a, b)) {
            return false;
        }
        Iterator<Entity> i = a.entities().values().iterator();
        Iterator<Entity> j = b.entities().values().iterator();
        while (i.hasNext()) {
            Entity x = i.next();
            Entity y = j.next();
            if (!x.id().equals(y.id()) || !x.name().equals(y.name()) || !x.aliases().equals(y.aliases())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAreas(HomeSnapshot a, HomeSnapshot b) {
        if (a.areas().size() != b.areas().size()) {
            return false;
        }
        for (Area x : a.areas().values()) {
            if (!Objects.equals(x, b.areas().get(x.id()))) {
                return false;
            }
        }
        return true;
    }
}
