package io.ambient.context.resolve;

import io.ambient.context.ContextSnapshot;
import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Read helpers over one turn's snapshot: entities by area, the speaker's area, names. */
record HomeView(ContextSnapshot context) {

    HomeSnapshot home() {
        return context.home();
    }

    String speakerAreaId() {
        return context.area() == null ? null : context.area().id();
    }

    String speakerAreaName() {
        return context.area() == null ? null : context.area().name();
    }

    boolean inSpeakerArea(Entity e) {
        return speakerAreaId() != null && speakerAreaId().equals(e.areaId());
    }

    List<Entity> entities(Predicate<Entity> p) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : home().entities().values()) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    List<Entity> byIds(List<String> ids) {
        List<Entity> out = new ArrayList<>();
        ids.forEach(id -> home().entity(id).ifPresent(out::add));
        return out;
    }

    String areaName(String areaId) {
        return home().area(areaId).map(Area::name).orElse(null);
    }

    /** The area id with this canonical name, or null. */
    String areaIdByName(String name) {
        for (Area a : home().areas().values()) {
            if (a.name().equals(name)) {
                return a.id();
            }
        }
        return null;
    }

    String floorIdByName(String name) {
        return home().floors().values().stream().filter(f -> f.name().equals(name)).map(f -> f.id())
                .findFirst().orElse(null);
    }

    boolean onFloor(Entity e, String floorId) {
        return home().area(e.areaId()).map(a -> Objects.equals(a.floorId(), floorId)).orElse(false);
    }

    static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }
}
