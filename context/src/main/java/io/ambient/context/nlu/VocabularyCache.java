package io.ambient.context.nlu;

import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the vocabularies of the last few homes seen (a hub has one; evaluation switches between a
 * few). A new snapshot arrives with every state change, so an entry matches by snapshot identity
 * first and otherwise when only states changed (same floors, areas, entity ids, names, aliases):
 * rebuilding per turn would waste the latency budget. Lock-free: readers take an immutable list.
 */
public final class VocabularyCache {
    static final int SIZE = 4;

    private record Entry(HomeSnapshot home, Vocabulary vocabulary) {
    }

    private final AtomicReference<List<Entry>> entries = new AtomicReference<>(List.of());

    public Vocabulary of(HomeSnapshot home) {
        List<Entry> now = entries.get();
        for (Entry e : now) {
            if (e.home() == home) {
                return e.vocabulary();
            }
        }
        for (Entry e : now) {
            if (sameNames(e.home(), home)) {
                remember(now, new Entry(home, e.vocabulary()), e);
                return e.vocabulary();
            }
        }
        Vocabulary v = Vocabulary.of(home);
        remember(now, new Entry(home, v), null);
        return v;
    }

    /** Newest first; a lost race only costs a rebuild later. */
    private void remember(List<Entry> now, Entry fresh, Entry replaced) {
        List<Entry> next = new ArrayList<>(SIZE);
        next.add(fresh);
        for (Entry e : now) {
            if (e != replaced && next.size() < SIZE) {
                next.add(e);
            }
        }
        entries.compareAndSet(now, List.copyOf(next));
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
