package io.ambient.runtime.audio;

import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;
import io.ambient.models.asr.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of a home that recognition is biased toward: every entity's name and aliases, every area's and
 * floor's name and aliases, on top of the shared command phrases. Rebuilt only when those names change (a
 * state change does not change the vocabulary), so a Vosk decoder for the same grammar can be reused.
 */
public final class HomeVocabulary {
    private final Vocabulary commands = Vocabulary.commands();
    private Set<String> lastNames = Set.of();
    private Vocabulary last = commands;

    public synchronized Vocabulary of(HomeSnapshot home) {
        Set<String> names = names(home);
        if (!names.equals(lastNames)) {
            lastNames = names;
            last = commands.with(names);
        }
        return last;
    }

    static Set<String> names(HomeSnapshot home) {
        Set<String> names = new TreeSet<>();
        for (Entity e : home.entities().values()) {
            add(names, e.name(), e.aliases());
        }
        for (Area a : home.areas().values()) {
            add(names, a.name(), a.aliases());
        }
        for (Floor f : home.floors().values()) {
            add(names, f.name(), f.aliases());
        }
        return names;
    }

    private static void add(Set<String> names, String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        all.stream().filter(n -> n != null && !n.isBlank()).forEach(names::add);
    }
}
