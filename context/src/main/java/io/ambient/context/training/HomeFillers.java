package io.ambient.context.training;

import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Fills slots from one training home's vocabulary, falling back to {@link SlotValues} for value slots.
 * <ul>
 *   <li>{@code {area}}, {@code {floor}}: a name or alias (plus "upstairs"/"downstairs" in homes with
 *       several floors, as the runtime reads them);</li>
 *   <li>{@code {name:SPEC}}: a device's name, an alias, or the name's head word(s) ("the pendant"), so
 *       full and partial names both occur. SPEC is a comma list of {@code domain} or
 *       {@code domain/device_class}; {@code {name}} alone means the things people switch on and off.</li>
 * </ul>
 */
final class HomeFillers implements Template.Slots {
    private static final String SWITCHABLE = "light,switch,fan,media_player";

    private final HomeSnapshot home;
    private final SlotValues values;

    HomeFillers(HomeSnapshot home, SlotValues values) {
        this.home = home;
        this.values = values;
    }

    @Override
    public Optional<String> fill(String slot, SplittableRandom random) {
        if (slot.equals("area")) {
            return pick(areaPhrases(), random);
        }
        if (slot.equals("floor")) {
            return pick(floorPhrases(), random);
        }
        if (slot.equals("name") || slot.startsWith("name:")) {
            String spec = slot.equals("name") ? SWITCHABLE : slot.substring(5);
            return pick(entities(spec), random).map(e -> phrase(e, random));
        }
        if (!values.has(slot)) {
            throw new IllegalArgumentException("unknown slot {" + slot + "}");
        }
        return values.fill(slot, random);
    }

    private List<String> areaPhrases() {
        List<String> out = new ArrayList<>();
        for (Area a : home.areas().values()) {
            out.add(lower(a.name()));
            a.aliases().forEach(x -> out.add(lower(x)));
        }
        return out;
    }

    private List<String> floorPhrases() {
        List<String> out = new ArrayList<>();
        for (Floor f : home.floors().values()) {
            out.add(lower(f.name()));
            f.aliases().forEach(x -> out.add(lower(x)));
        }
        if (home.floors().size() > 1) {
            out.add("upstairs");
            out.add("downstairs");
        }
        return out;
    }

    /** Entities fitting any part of the spec; shopping lists and weather are never named by name. */
    private List<Entity> entities(String spec) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : home.entities().values()) {
            if (isNamed(e) && fits(e, spec)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isNamed(Entity e) {
        return !e.domain().equals("weather")
                && !(e.domain().equals("todo") && e.name().toLowerCase(Locale.ROOT).contains("shopping"));
    }

    private static boolean fits(Entity e, String spec) {
        for (String part : spec.split(",")) {
            String p = part.strip();
            int slash = p.indexOf('/');
            String domain = slash < 0 ? p : p.substring(0, slash);
            String deviceClass = slash < 0 ? null : p.substring(slash + 1);
            if (e.domain().equals(domain) && (deviceClass == null || deviceClass.equals(e.deviceClass()))) {
                return true;
            }
        }
        return false;
    }

    /** Name half of the time, an alias or the head of the name otherwise. */
    private static String phrase(Entity e, SplittableRandom random) {
        int roll = random.nextInt(10);
        String[] words = e.name().split(" ");
        if (roll < 3 && !e.aliases().isEmpty()) {
            return lower(e.aliases().get(random.nextInt(e.aliases().size())));
        }
        if (roll < 5 && words.length > 1) {
            return lower(words[words.length - 1]);
        }
        return lower(e.name());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static <T> Optional<T> pick(List<T> list, SplittableRandom random) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(random.nextInt(list.size())));
    }
}
