package io.ambient.context.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words for kinds of devices, keyed by their stemmed form so "lights" and "light" are one entry. The
 * slot values follow docs/interpretation-conventions.md ("Slots: domain").
 */
public final class DeviceKinds {
    public static final DeviceKind LIGHT = new DeviceKind("light", "light", null, DeviceKind.Shape.DOMAIN);
    public static final DeviceKind FAN = new DeviceKind("fan", "fan", null, DeviceKind.Shape.DOMAIN);
    public static final DeviceKind LOCK = new DeviceKind("lock", "lock", null, DeviceKind.Shape.DOMAIN);
    public static final DeviceKind SWITCH = new DeviceKind("switch", "switch", null, DeviceKind.Shape.DOMAIN);
    public static final DeviceKind VACUUM = new DeviceKind("vacuum", "vacuum", null, DeviceKind.Shape.DOMAIN);
    public static final DeviceKind CLIMATE = new DeviceKind("climate", "climate", null, DeviceKind.Shape.THERMOSTAT);
    public static final DeviceKind MEDIA = new DeviceKind("media", "media_player", null, DeviceKind.Shape.DOMAIN);
    public static final DeviceKind TV = new DeviceKind("tv", "media_player", "tv", DeviceKind.Shape.SCREEN);
    public static final DeviceKind SPEAKER = new DeviceKind("speaker", "media_player", "speaker", DeviceKind.Shape.SPEAKER);
    public static final DeviceKind COVER = new DeviceKind("cover", "cover", null, DeviceKind.Shape.DOMAIN);

    private static final Map<String, DeviceKind> BY_WORDS = table();
    private static final int LONGEST = BY_WORDS.keySet().stream()
            .mapToInt(k -> k.split(" ").length).max().orElse(1);

    private static Map<String, DeviceKind> table() {
        Map<String, DeviceKind> m = new HashMap<>();
        put(m, LIGHT, "light", "lights", "lighting", "bulbs", "bulb");
        put(m, FAN, "fan", "fans", "ceiling fan");
        put(m, LOCK, "lock", "locks");
        // not "switch": it is the verb of "switch off the kettle"
        put(m, SWITCH, "plug", "plugs", "smart plug", "socket", "outlet");
        put(m, VACUUM, "vacuum", "vacuum cleaner", "hoover", "vac",
                "vacuuming", "hoovering");
        put(m, CLIMATE, "thermostat", "heating", "heater", "heat", "radiator", "climate");
        put(m, MEDIA, "media player", "player", "music player");
        put(m, TV, "tv", "telly", "television", "tele", "tvs");
        put(m, SPEAKER, "speaker", "speakers", "sound system", "stereo", "smart speaker");
        put(m, cover("blind"), "blind", "blinds");
        put(m, cover("curtain"), "curtain", "curtains", "drapes");
        put(m, cover("shade"), "shade", "shades");
        put(m, cover("shutter"), "shutter", "shutters");
        put(m, cover("garage"), "garage door", "garage");
        put(m, new DeviceKind("window", null, "window", DeviceKind.Shape.CLASS_ONLY), "window", "windows");
        // "is any door unlocked": a door is its lock unless the home has door sensors
        put(m, new DeviceKind("door", null, null, DeviceKind.Shape.DOOR), "door", "doors");
        put(m, new DeviceKind("humidity", "sensor", "humidity", DeviceKind.Shape.DOMAIN_AND_CLASS), "humidity",
                "humid");
        return Map.copyOf(m);
    }

    private DeviceKinds() {
    }

    private static DeviceKind cover(String deviceClass) {
        return new DeviceKind(deviceClass, "cover", deviceClass, DeviceKind.Shape.DOMAIN_AND_CLASS);
    }

    private static void put(Map<String, DeviceKind> m, DeviceKind kind, String... phrases) {
        for (String p : phrases) {
            List<String> words = Normalizer.words(p);
            m.put(Vocabulary.key(words, 0, words.size()), kind);
        }
    }

    /** The kind named by exactly the tokens {@code [start, end)}, if any. */
    public static Optional<DeviceKind> lookup(List<String> tokens, int start, int end) {
        return Optional.ofNullable(BY_WORDS.get(Vocabulary.key(tokens, start, end)));
    }

    /** Whether a single word is a kind word (such words never count as part of a device's name). */
    public static boolean isKindWord(String word) {
        return BY_WORDS.containsKey(Vocabulary.stem(word));
    }

    public static int longestPhrase() {
        return LONGEST;
    }
}
