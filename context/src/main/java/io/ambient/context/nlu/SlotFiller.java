package io.ambient.context.nlu;

import io.ambient.context.Cues;
import io.ambient.context.Intents;
import io.ambient.devices.HomeSnapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ambient.context.Intents.*;

/**
 * Fills the slots of one intent from the analysed words. It does not depend on how the intent was
 * chosen, which is what lets a trained {@link IntentScorer} replace the keyword one.
 */
final class SlotFiller {
    private static final Set<String> LIST_INTENTS = Set.of(SHOPPING_LIST_ADD_ITEM, SHOPPING_LIST_COMPLETE_ITEM,
            LIST_ADD_ITEM, LIST_COMPLETE_ITEM);
    private static final Set<String> TIMER_INTENTS = Set.of(START_TIMER, CANCEL_TIMER, INCREASE_TIMER,
            DECREASE_TIMER, PAUSE_TIMER, UNPAUSE_TIMER, TIMER_STATUS, CANCEL_ALL_TIMERS);

    /** What the words give one intent. */
    record Filled(Map<String, Object> slots, List<String> mentions, Cues cues) {
    }

    private SlotFiller() {
    }

    static Filled fill(String intent, Analysis a, HomeSnapshot home) {
        Map<String, Object> slots = new LinkedHashMap<>();
        if (TIMER_INTENTS.contains(intent)) {
            timerSlots(intent, a, home, slots);
            return new Filled(slots, List.of(), Cues.NONE);
        }
        if (LIST_INTENTS.contains(intent)) {
            return listSlots(intent, a, home, slots);
        }
        if (intent.equals(BROADCAST)) {
            TextSlots.message(a.words().original()).ifPresent(m -> slots.put("message", m));
            return new Filled(slots, List.of(), Cues.NONE);
        }
        if (!Intents.DEVICE_INTENTS.contains(intent)) {
            return new Filled(slots, List.of(), Cues.NONE);
        }
        int direction = valueSlots(intent, a, slots);
        boolean wholeHome = intent.equals(GET_STATE) && a.text().matches("^(which|what)\\b.*|.*\\bany\\b.*");
        DeviceSlots.Found found = DeviceSlots.fill(a, home, false, slots, direction, wholeHome);
        comfortDefaults(intent, a, found.slots(), !found.mentions().isEmpty());
        return new Filled(found.slots(), found.mentions(), found.cues());
    }

    /** Fills the value slots of a device intent; returns the direction of a relative request. */
    private static int valueSlots(String intent, Analysis a, Map<String, Object> slots) {
        switch (intent) {
            case LIGHT_SET -> {
                ValueSlots.percent(a).ifPresent(v -> slots.put("brightness", v));
                ValueSlots.color(a).ifPresent(c -> slots.put("color", c));
                return slots.isEmpty() ? ValueSlots.direction(a) : 0;
            }
            case CLIMATE_SET_TEMPERATURE -> {
                ValueSlots.temperature(a).ifPresent(v -> slots.put("temperature", v));
                return slots.isEmpty() ? ValueSlots.direction(a) : 0;
            }
            case SET_POSITION -> ValueSlots.position(a).ifPresent(v -> slots.put("position", v));
            case SET_VOLUME -> {
                ValueSlots.volume(a).ifPresent(v -> slots.put("volume_level", v));
                return slots.isEmpty() ? ValueSlots.volumeDirection(a) : 0;
            }
            case GET_STATE -> ValueSlots.state(a).ifPresent(s -> slots.put("state", s));
            case MEDIA_SEARCH_AND_PLAY -> {
                TextSlots.searchQuery(a).ifPresent(q -> slots.put("search_query", q));
                TextSlots.mediaClass(a).ifPresent(c -> slots.put("media_class", c));
            }
            default -> {
            }
        }
        return 0;
    }

    /** "It's too dark in here" names no device, but means the lights (conventions: natural phrasing). */
    private static void comfortDefaults(String intent, Analysis a, Map<String, Object> slots, boolean named) {
        boolean lightWords = a.text().matches(".*\\b(dark|bright|see|light)\\b.*");
        if ((intent.equals(TURN_ON) || intent.equals(TURN_OFF)) && !named && !slots.containsKey("domain")
                && lightWords && a.first(Span.Kind.class).isEmpty()) {
            slots.put("domain", "light");
        }
    }

    private static void timerSlots(String intent, Analysis a, HomeSnapshot home, Map<String, Object> slots) {
        boolean identifies = Set.of(CANCEL_TIMER, PAUSE_TIMER, UNPAUSE_TIMER, TIMER_STATUS).contains(intent);
        ValueSlots.duration(a, slots, identifies ? "start_" : "");
        TextSlots.timerName(a).ifPresent(n -> slots.put("name", n));
        if (intent.equals(START_TIMER)) {
            TextSlots.delayedCommand(a).ifPresent(c -> slots.put("conversation_command", c));
        }
        a.first(Span.AreaName.class).flatMap(s -> home.area(s.areaId()))
                .ifPresent(area -> slots.put("area", area.name()));
    }

    private static Filled listSlots(String intent, Analysis a, HomeSnapshot home, Map<String, Object> slots) {
        TextSlots.item(a).ifPresent(i -> slots.put("item", i));
        DeviceSlots.Found found = DeviceSlots.fill(a, home, true, new LinkedHashMap<>(), 0);
        boolean generic = intent.equals(LIST_ADD_ITEM) || intent.equals(LIST_COMPLETE_ITEM);
        if (generic) {
            found.slots().entrySet().stream().filter(e -> e.getKey().equals("name"))
                    .forEach(e -> slots.put("name", e.getValue()));
        }
        return new Filled(slots, found.mentions(), Cues.NONE);
    }
}
