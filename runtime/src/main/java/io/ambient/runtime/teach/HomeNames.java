package io.ambient.runtime.teach;

import io.ambient.context.nlu.Normalizer;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.teachable.store.Alias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The home's device names as a speaker knows them: finding a device by its words, adding taught aliases. */
final class HomeNames {
    private HomeNames() {
    }

    /** The one device whose name or alias (or area + name) is exactly these words, if exactly one is. */
    static Optional<Entity> device(HomeSnapshot home, List<String> words) {
        String said = String.join(" ", words);
        List<Entity> found = new ArrayList<>();
        for (Entity e : home.entities().values()) {
            if (names(home, e).contains(said)) {
                found.add(e);
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<String> names(HomeSnapshot home, Entity e) {
        List<String> names = new ArrayList<>();
        names.add(String.join(" ", Normalizer.words(e.name())));
        e.aliases().forEach(a -> names.add(String.join(" ", Normalizer.words(a))));
        home.area(e.areaId()).ifPresent(a -> names.add(String.join(" ", Normalizer.words(a.name() + " " + e.name()))));
        return names;
    }

    /** The home with the aliases added to their devices' aliases (unknown devices are skipped). */
    static HomeSnapshot withAliases(HomeSnapshot home, List<Alias> aliases) {
        if (aliases.isEmpty()) {
            return home;
        }
        Map<String, List<String>> extra = new LinkedHashMap<>();
        for (Alias a : aliases) {
            if (home.entities().containsKey(a.entityId())) {
                extra.computeIfAbsent(a.entityId(), k -> new ArrayList<>()).add(a.alias());
            }
        }
        List<Entity> entities = new ArrayList<>(home.entities().size());
        for (Entity e : home.entities().values()) {
            List<String> more = extra.get(e.id());
            if (more == null) {
                entities.add(e);
            } else {
                List<String> all = new ArrayList<>(e.aliases());
                more.stream().filter(x -> !all.contains(x)).forEach(all::add);
                entities.add(new Entity(e.id(), e.name(), all, e.domain(), e.deviceClass(), e.areaId(),
                        e.capabilities(), e.state(), e.attributes(), e.availability(), e.lastChanged(), e.protocol()));
            }
        }
        return home.withEntities(entities, home.takenAt());
    }
}
