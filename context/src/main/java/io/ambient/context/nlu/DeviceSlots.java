package io.ambient.context.nlu;

import io.ambient.context.Cues;
import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The device part of the slots (name, area, floor, domain, device_class), the mentioned entity ids and
 * the resolution cues, following docs/interpretation-conventions.md "Slots".
 */
final class DeviceSlots {
    /** Words of commands and questions that are never a device's name (for unknown-device detection). */
    private static final Set<String> COMMAND_WORDS = Set.of(
            "charger", "base", "dock", "station", "floor", "floors", "carpet", "carpets", "rug", "clock",
            "moment", "song", "track", "episode", "music", "movie", "show", "sound", "brightness", "position",
            "volume", "turn", "switch", "power", "flip", "flick", "kill", "shut", "open", "close", "lock", "unlock", "start",
            "stop", "pause", "resume", "set", "dim", "brighten", "make", "change", "put", "bring", "raise", "lower",
            "play", "please", "want", "need", "would", "like", "could", "should", "will", "let", "us", "everything",
            "everywhere", "house", "home", "whole", "entire", "state", "status", "check", "tell", "know", "did",
            "leave", "left", "still", "there", "again", "now", "too", "very", "so", "really", "bit", "little",
            "dark", "bright", "here", "in", "activate", "enable", "disable", "deactivate", "was", "were", "have",
            "has", "be", "been", "locked", "unlocked", "closed", "running", "playing", "idle", "else", "anything",
            "something", "other", "fire", "boot", "light", "lit", "warm", "cold", "hot", "cool", "see", "anyone",
            "someone", "we", "they", "roll", "draw", "pull", "lift", "way", "then", "also", "both", "down", "up",
            "out", "am", "feel", "feeling", "getting", "over", "place", "things", "stuff", "downstairs", "upstairs",
            "go", "goes", "same", "secure", "where", "while", "when", "why", "who", "right", "full", "max",
            "maximum", "minimum", "min", "level", "more", "less", "much", "many", "degrees", "percent", "current",
            "currently", "what", "inside", "indoors");
    private static final Set<String> EVERYWHERE = Set.of("all", "every", "everywhere", "whole", "entire");
    private static final Set<String> PRONOUNS = Set.of("it", "them", "they", "that", "this", "those", "these");

    private DeviceSlots() {
    }

    /** A word of commands and questions, never part of a device's name. */
    static boolean isCommandWord(String word) {
        return COMMAND_WORDS.contains(word);
    }

    /** The device slots and mentions found in the words. */
    record Found(Map<String, Object> slots, List<String> mentions, Cues cues) {
    }

    static Found fill(Analysis a, HomeSnapshot home, boolean lists, Map<String, Object> slots, int direction) {
        return fill(a, home, lists, slots, direction, false);
    }

    /** @param wholeHome the words ask about the whole home ("which lights are on") */
    static Found fill(Analysis a, HomeSnapshot home, boolean lists, Map<String, Object> slots, int direction,
                      boolean wholeHome) {
        List<String> mentions = mentions(a, home, lists);
        boolean named = !mentions.isEmpty();
        if (named) {
            commonName(mentions, home, a).ifPresent(n -> slots.put("name", n));
        }
        a.first(Span.AreaName.class).flatMap(s -> home.area(s.areaId())).map(Area::name)
                .ifPresent(n -> slots.put("area", n));
        boolean oneFloor = home.floors().size() <= 1;
        if (!oneFloor) {
            // in a one-floor home "every light in the flat" names the whole home, not a floor
            a.first(Span.FloorName.class).flatMap(s -> home.floor(s.floorId())).map(Floor::name)
                    .ifPresent(n -> slots.put("floor", n));
        }
        if (!named && !lists) {
            a.first(Span.Kind.class).ifPresent(k -> kindSlots(doorSense(k.kind(), a), home, slots));
        }
        boolean floorOfFlat = oneFloor && a.first(Span.FloorName.class).isPresent();
        return new Found(slots, mentions, cues(a, named, direction, wholeHome || floorOfFlat));
    }

    private static List<String> mentions(Analysis a, HomeSnapshot home, boolean lists) {
        Set<String> ids = new LinkedHashSet<>();
        for (Span.Entities s : a.all(Span.Entities.class)) {
            for (String id : s.entityIds()) {
                boolean isList = id.startsWith("todo.");
                if (isList == lists && !id.startsWith("weather.")) {
                    ids.add(id);
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** The canonical name when every mentioned entity carries the same one (cottage: three "Lamp"s). */
    private static java.util.Optional<String> commonName(List<String> ids, HomeSnapshot home, Analysis a) {
        String name = null;
        for (String id : ids) {
            String n = home.entity(id).map(Entity::name).orElse(null);
            if (n == null || name != null && !name.equals(n)) {
                return java.util.Optional.empty();
            }
            name = n;
        }
        return java.util.Optional.ofNullable(name);
    }

    /**
     * A door is its lock only when the words are about locking ("lock all the doors", "is any door
     * unlocked"); "open the door" must never lock one.
     */
    private static DeviceKind doorSense(DeviceKind kind, Analysis a) {
        if (!kind.key().equals("door") || a.text().matches(".*\\b(lock|locks|locked|unlock|unlocked)\\b.*")) {
            return kind;
        }
        return new DeviceKind("door", null, "door", DeviceKind.Shape.CLASS_ONLY);
    }

    private static void kindSlots(DeviceKind kind, HomeSnapshot home, Map<String, Object> slots) {
        String domain = kind.domain();
        if (domain == null) {
            Set<String> domains = new LinkedHashSet<>();
            home.entities().values().stream().filter(kind::matches).forEach(e -> domains.add(e.domain()));
            domain = domains.size() == 1 ? domains.iterator().next() : null;
        }
        if (domain != null) {
            slots.put("domain", domain);
        }
        if (kind.deviceClass() != null) {
            slots.put("device_class", kind.deviceClass());
        }
    }

    private static Cues cues(Analysis a, boolean named, int direction, boolean wholeHome) {
        List<String> t = a.tokens();
        boolean everywhere = wholeHome || t.stream().anyMatch(EVERYWHERE::contains)
                || a.text().matches(".*\\b(in|around|throughout) the (house|home|flat|apartment)\\b.*")
                || a.text().matches(".*\\block up\\b.*");
        boolean pronoun = !named && a.first(Span.Kind.class).isEmpty() && t.stream().anyMatch(PRONOUNS::contains);
        return new Cues(everywhere, pronoun, direction, unknownNouns(a), unknownPlace(a));
    }

    /**
     * Unrecognised words right after "the"/"my" where a device's name belongs ("the sprinkler", "the
     * hot tub"). Other unknown words ("nudge", "fancy") are harmless and ignored.
     */
    private static List<String> unknownNouns(Analysis a) {
        List<String> t = a.tokens();
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!Set.of("the", "my", "our").contains(t.get(i)) || covered(a, i + 1)) {
                continue;
            }
            for (int k = i + 1; k < Math.min(t.size(), i + 4) && !covered(a, k); k++) {
                String w = t.get(k);
                if (Set.of("in", "on", "to", "at", "for", "and", "off", "up", "down").contains(w)) {
                    break;
                }
                if (a.leftover().contains(w) && !COMMAND_WORDS.contains(w) && !PRONOUNS.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** "in the basement": a word after "in (the)" that names no area of this home. */
    private static String unknownPlace(Analysis a) {
        List<String> t = a.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).equals("in")) {
                continue;
            }
            int k = t.get(i + 1).equals("the") ? i + 2 : i + 1;
            if (k < t.size() && !covered(a, k) && a.leftover().contains(t.get(k)) && !COMMAND_WORDS.contains(t.get(k))) {
                return t.get(k);
            }
        }
        return null;
    }

    private static boolean covered(Analysis a, int index) {
        for (Span s : a.spans()) {
            if (s.start() <= index && index < s.end()) {
                return true;
            }
        }
        return false;
    }
}
