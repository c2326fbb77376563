package io.ambient.devices;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable picture of the home at one moment: its floors, areas, sites and entities with their states.
 * Cheap to share between threads; a new snapshot is made for every change.
 */
public record HomeSnapshot(
        Map<String, Floor> floors,
        Map<String, Area> areas,
        Map<String, Site> sites,
        Map<String, Entity> entities,
        Instant takenAt) {

    public HomeSnapshot {
        floors = immutableOrdered(floors);
        areas = immutableOrdered(areas);
        sites = immutableOrdered(sites);
        entities = immutableOrdered(entities);
        Objects.requireNonNull(takenAt, "takenAt");
    }

    public static HomeSnapshot empty(Instant at) {
        return new HomeSnapshot(Map.of(), Map.of(), Map.of(), Map.of(), at);
    }

    public static HomeSnapshot of(List<Floor> floors, List<Area> areas, List<Site> sites,
                                  Collection<Entity> entities, Instant at) {
        Map<String, Floor> f = new LinkedHashMap<>();
        floors.forEach(x -> f.put(x.id(), x));
        Map<String, Area> a = new LinkedHashMap<>();
        areas.forEach(x -> a.put(x.id(), x));
        Map<String, Site> s = new LinkedHashMap<>();
        sites.forEach(x -> s.put(x.id(), x));
        Map<String, Entity> e = new LinkedHashMap<>();
        entities.forEach(x -> e.put(x.id(), x));
        return new HomeSnapshot(f, a, s, e, at);
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Optional<Area> area(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(areas.get(id));
    }

    public Optional<Floor> floor(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(floors.get(id));
    }

    /** The area a satellite stands in, if the site is known. */
    public Optional<Area> areaOfSite(String siteId) {
        return siteId == null ? Optional.empty()
                : Optional.ofNullable(sites.get(siteId)).flatMap(s -> area(s.areaId()));
    }

    /** The same home with one entity replaced (or added). */
    public HomeSnapshot with(Entity entity, Instant at) {
        Map<String, Entity> e = new LinkedHashMap<>(entities);
        e.put(entity.id(), entity);
        return new HomeSnapshot(floors, areas, sites, e, at);
    }

    /** The same home with other entities (floors, areas and sites unchanged). */
    public HomeSnapshot withEntities(Collection<Entity> newEntities, Instant at) {
        Map<String, Entity> e = new LinkedHashMap<>();
        newEntities.forEach(x -> e.put(x.id(), x));
        return new HomeSnapshot(floors, areas, sites, e, at);
    }

    private static <V> Map<String, V> immutableOrdered(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
