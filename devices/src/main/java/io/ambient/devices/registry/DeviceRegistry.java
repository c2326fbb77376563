package io.ambient.devices.registry;

import io.ambient.devices.Area;
import io.ambient.devices.Availability;
import io.ambient.devices.Capabilities;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.HomeStateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The home as discovered on MQTT, merged with its layout; the module's {@link HomeStateSource}.
 *
 * <p>Readers get the current immutable snapshot without locking. Writers (MQTT callback threads) are
 * serialised by one lock so that listeners see snapshots in the order they were made.
 *
 * <p>Merge rules: the layout's entities are templates, not devices: {@link #current()} holds only entities that
 * discovery announced. A discovered entity whose id matches a layout entity takes the layout's name, aliases,
 * area and device class where discovery gives none, and the layout's attributes as defaults. A suggested area
 * is matched to a layout area by id, name or alias (ignoring case and punctuation); an unknown one becomes a
 * new area without a floor.
 */
public final class DeviceRegistry implements HomeStateSource {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRegistry.class);

    private final HomeSnapshot layout;
    private final Clock clock;
    private final AtomicReference<HomeSnapshot> current;
    private final List<Consumer<HomeSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Entity>> reportListeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();

    /**
     * @param layout floors, areas and sites of the home, and optionally entity templates (e.g. from
     *               {@link io.ambient.devices.home.HomeFile}); {@code HomeSnapshot.empty(..)} when there is none
     */
    public DeviceRegistry(HomeSnapshot layout, Clock clock) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.current = new AtomicReference<>(layout.withEntities(List.of(), clock.instant()));
    }

    @Override
    public HomeSnapshot current() {
        return current.get();
    }

    @Override
    public AutoCloseable subscribe(Consumer<HomeSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /**
     * Listens to every report about an entity (state, attributes, availability), even one that changes
     * nothing: a device that echoes its unchanged state confirms a command all the same.
     */
    public AutoCloseable onReport(Consumer<Entity> listener) {
        reportListeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> reportListeners.remove(listener);
    }

    /** The layout this registry started from. */
    public HomeSnapshot layout() {
        return layout;
    }

    /** Adds or re-announces an entity; its state and availability so far are kept. */
    public Entity upsert(DiscoveredEntity d) {
        synchronized (writeLock) {
            HomeSnapshot before = current.get();
            Optional<Entity> template = layout.entity(d.id());
            Optional<Entity> existing = before.entity(d.id());
            Map<String, Area> areas = new LinkedHashMap<>(before.areas());
            String areaId = d.suggestedArea() != null ? areaFor(d.suggestedArea(), areas)
                    : template.map(Entity::areaId).orElse(null);
            String name = d.name() != null ? d.name()
                    : template.map(Entity::name).orElse(Names.humanize(d.id().substring(d.domain().length() + 1)));
            String deviceClass = d.deviceClass() != null ? d.deviceClass()
                    : template.map(Entity::deviceClass).orElse(null);
            Map<String, Object> attributes = new LinkedHashMap<>();
            template.ifPresent(t -> attributes.putAll(t.attributes()));
            existing.ifPresent(e -> attributes.putAll(e.attributes()));
            attributes.putAll(d.attributes());
            if (deviceClass != null) {
                attributes.putIfAbsent("device_class", deviceClass);
            }
            Entity entity = new Entity(d.id(), name, template.map(Entity::aliases).orElse(List.of()), d.domain(),
                    deviceClass, areaId, Capabilities.infer(d.domain(), deviceClass, attributes),
                    existing.map(Entity::state).orElse("unknown"), attributes,
                    existing.map(Entity::availability).orElse(Availability.UNKNOWN),
                    existing.map(Entity::lastChanged).orElse(clock.instant()), d.protocol());
            Map<String, Entity> entities = new LinkedHashMap<>(before.entities());
            entities.put(entity.id(), entity);
            publish(before, new HomeSnapshot(before.floors(), areas, before.sites(), entities, clock.instant()));
            return entity;
        }
    }

    /**
     * Records a state report. {@code state} null keeps the state; attributes are merged into the current ones
     * (a null value removes the key). Reports for unknown entities are ignored.
     */
    public Optional<Entity> report(String entityId, String state, Map<String, ?> attributes) {
        synchronized (writeLock) {
            HomeSnapshot before = current.get();
            Optional<Entity> existing = before.entity(entityId);
            if (existing.isEmpty()) {
                LOG.debug("state for unknown entity {} ignored", entityId);
                return Optional.empty();
            }
            Entity e = existing.get();
            Map<String, Object> merged = new LinkedHashMap<>(e.attributes());
            if (attributes != null) {
                attributes.forEach((k, v) -> {
                    if (v == null) {
                        merged.remove(k);
                    } else {
                        merged.put(k, v);
                    }
                });
            }
            Entity changed = e.withState(state == null ? e.state() : state, merged, clock.instant());
            changed = new Entity(changed.id(), changed.name(), changed.aliases(), changed.domain(),
                    changed.deviceClass(), changed.areaId(),
                    Capabilities.infer(changed.domain(), changed.deviceClass(), merged), changed.state(),
                    changed.attributes(), changed.availability(), changed.lastChanged(), changed.protocol());
            return Optional.of(replace(before, changed));
        }
    }

    /** Records whether an entity answers; ignored for unknown entities. */
    public Optional<Entity> reportAvailability(String entityId, Availability availability) {
        synchronized (writeLock) {
            HomeSnapshot before = current.get();
            return before.entity(entityId).map(e -> replace(before, e.withAvailability(availability)));
        }
    }

    /** Forgets an entity (its discovery config was withdrawn). */
    public void remove(String entityId) {
        synchronized (writeLock) {
            HomeSnapshot before = current.get();
            if (before.entity(entityId).isEmpty()) {
                return;
            }
            Map<String, Entity> entities = new LinkedHashMap<>(before.entities());
            entities.remove(entityId);
            publish(before, new HomeSnapshot(before.floors(), before.areas(), before.sites(), entities,
                    clock.instant()));
        }
    }

    private Entity replace(HomeSnapshot before, Entity changed) {
        if (!changed.equals(before.entities().get(changed.id()))) {
            publish(before, before.with(changed, clock.instant()));
        }
        reportListeners.forEach(l -> notifySafely(l, changed));
        return changed;
    }

    private void publish(HomeSnapshot before, HomeSnapshot next) {
        if (!current.compareAndSet(before, next)) {
            // only writers under writeLock set it, so this means a bug, not a race to retry
            throw new IllegalStateException("registry snapshot changed outside the write lock");
        }
        listeners.forEach(l -> notifySafely(l, next));
    }

    private static <T> void notifySafely(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            LOG.error("registry listener failed; other listeners still notified", e);
        }
    }

    /** The id of the area {@code hint} names, adding a new area to {@code areas} when none matches. */
    private static String areaFor(String hint, Map<String, Area> areas) {
        String key = Names.slug(hint);
        for (Area a : areas.values()) {
            if (a.id().equals(hint) || Names.slug(a.id()).equals(key) || Names.slug(a.name()).equals(key)
                    || a.aliases().stream().anyMatch(x -> Names.slug(x).equals(key))) {
                return a.id();
            }
        }
        String name = hint.contains("_") && !hint.contains(" ") ? Names.humanize(hint) : hint;
        Area created = new Area(key.isEmpty() ? hint.toLowerCase(Locale.ROOT) : key, name, List.of(), null);
        areas.put(created.id(), created);
        LOG.info("device suggested unknown area '{}'; added area {}", hint, created.id());
        return created.id();
    }
}
