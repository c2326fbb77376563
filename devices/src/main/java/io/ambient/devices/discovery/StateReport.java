package io.ambient.devices.discovery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A translated state message: the Home Assistant state string (null = unchanged) and attribute changes. */
record StateReport(String state, Map<String, Object> attributes) {

    static StateReport state(String state) {
        return new StateReport(state, Map.of());
    }

    static StateReport attribute(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return new StateReport(null, m);
    }

    static String onOff(String payload, String on, String off, String topic) {
        if (payload.equalsIgnoreCase(on)) {
            return "on";
        }
        if (payload.equalsIgnoreCase(off)) {
            return "off";
        }
        throw new BadPayloadException("expected " + on + " or " + off + " on " + topic + ", got '" + payload + "'");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
