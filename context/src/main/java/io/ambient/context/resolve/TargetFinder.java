package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.context.Slots;
import io.ambient.devices.Entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.ambient.context.Intents.*;

/**
 * The general target rules of docs/interpretation-conventions.md "Targets": named devices, kinds of
 * devices, the area or floor the words give, the speaker's area first (rules a, b), a kind found only
 * in another room (rule e), and a question back when several still fit.
 */
final class TargetFinder {
    private TargetFinder() {
    }

    static Targeting find(String intent, Hypothesis h, HomeView view) {
        Slots s = h.slots();
        boolean named = !h.mentions().isEmpty();
        Optional<KindFilter> kind = KindFilter.of(s).or(() -> defaultKind(intent));
        if (h.cues().unknownPlace() != null && !s.has("area")) {
            return new Targeting.None("I don't know a room called " + h.cues().unknownPlace() + ".");
        }
        if (!named && !h.cues().unknownWords().isEmpty()) {
            return new Targeting.None("I don't know a device called " + String.join(" ", h.cues().unknownWords()) + ".");
        }
        if (!named && kind.isEmpty()) {
            return new Targeting.None("I'm not sure which device you mean.");
        }
        List<Entity> pool = named ? view.byIds(h.mentions()) : view.entities(kind.get()::matches);
        String noun = named ? Questions.nounOf(pool) : kind.get().noun();
        if (pool.isEmpty()) {
            return new Targeting.None("There's no " + noun + " here.");
        }
        List<Entity> fit = pool.stream().filter(e -> Fit.fits(intent, s, e)).toList();
        if (fit.isEmpty()) {
            return new Targeting.None(Fit.cannot(pool.get(0)));
        }
        return place(fit, named && pool.size() > 1, named, noun, h, view);
    }

    /** Intents whose device kind goes without saying ("set it to 21": a thermostat). */
    private static Optional<KindFilter> defaultKind(String intent) {
        return switch (intent) {
            case LIGHT_SET -> Optional.of(new KindFilter("light", null));
            case CLIMATE_SET_TEMPERATURE -> Optional.of(new KindFilter("climate", null));
            case SET_POSITION -> Optional.of(new KindFilter("cover", null));
            case VACUUM_START, VACUUM_RETURN_TO_BASE -> Optional.of(new KindFilter("vacuum", null));
            default -> Optional.empty();
        };
    }

    /** Narrows fitting devices by the place the words give, then by the speaker's place. */
    /** @param nameWasAmbiguous the words fit several devices before capabilities narrowed them */
    private static Targeting place(List<Entity> fit, boolean nameWasAmbiguous, boolean named, String noun,
                                   Hypothesis h, HomeView view) {
        Slots s = h.slots();
        String areaId = s.text("area").map(view::areaIdByName).orElse(null);
        if (areaId != null && isVacuum(h.intent()) && fit.stream().noneMatch(e -> areaId.equals(e.areaId()))) {
            // "vacuum the living room": the area is where to clean, not where the vacuum stands
            return found(fit, nameSlot(fit, named), List.of(), 1.0);
        }
        String floorId = s.text("floor").map(view::floorIdByName).orElse(null);
        if (areaId != null || floorId != null) {
            List<Entity> here = fit.stream().filter(e -> (areaId == null || areaId.equals(e.areaId()))
                    && (floorId == null || view.onFloor(e, floorId))).toList();
            if (here.isEmpty()) {
                return new Targeting.None("There's no " + noun + " " + where(s) + ".");
            }
            return named && here.size() > 1 && !h.cues().everywhere() && distinctNames(here)
                    ? ask(noun, here, view, List.of())
                    : found(here, nameSlot(here, named), List.of(), 1.0);
        }
        if (h.cues().everywhere() || fit.size() == 1 && !(nameWasAmbiguous && view.inSpeakerArea(fit.get(0)))) {
            return single(fit, named, view, h.cues().everywhere());
        }
        return bySpeakerArea(fit, named, noun, view);
    }

    private static Targeting single(List<Entity> fit, boolean named, HomeView view, boolean everywhere) {
        if (everywhere || named) {
            return found(fit, nameSlot(fit, named), List.of(), 1.0);
        }
        Entity only = fit.get(0);
        if (view.inSpeakerArea(only)) {
            return found(fit, Map.of("area", view.speakerAreaName()), List.of("site-area"), 0.95);
        }
        return found(fit, Map.of(), List.of("only-candidate:" + only.areaId()), 0.9);
    }

    /** Rules a and b: the speaker's room first; rule e: a single other room; otherwise ask. */
    private static Targeting bySpeakerArea(List<Entity> fit, boolean named, String noun, HomeView view) {
        List<Entity> mine = fit.stream().filter(view::inSpeakerArea).toList();
        if (!mine.isEmpty()) {
            if (named && mine.size() > 1) {
                return ask(noun, mine, view, List.of("site-area"));
            }
            Map<String, Object> slots = new LinkedHashMap<>(nameSlot(mine, named));
            slots.put("area", view.speakerAreaName());
            return found(mine, slots, List.of("site-area"), 0.92);
        }
        Set<String> areas = new LinkedHashSet<>();
        fit.forEach(e -> areas.add(String.valueOf(e.areaId())));
        if (!named && areas.size() == 1) {
            return found(fit, Map.of(), List.of("only-candidate:" + areas.iterator().next()), 0.88);
        }
        return ask(noun, fit, view, List.of());
    }

    private static boolean isVacuum(String intent) {
        return intent.equals(VACUUM_START) || intent.equals(VACUUM_RETURN_TO_BASE);
    }

    private static Targeting ask(String noun, List<Entity> candidates, HomeView view, List<String> used) {
        return new Targeting.Ambiguous(HomeView.ids(candidates), Questions.which(noun, candidates, view.home()), used);
    }

    /** When the words named the device(s), the name slot carries the canonical name of what was chosen. */
    private static Map<String, Object> nameSlot(List<Entity> chosen, boolean named) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (named) {
            Set<String> names = new LinkedHashSet<>();
            chosen.forEach(e -> names.add(e.name()));
            m.put("name", names.size() == 1 ? names.iterator().next() : null);
        }
        return m;
    }

    private static boolean distinctNames(List<Entity> entities) {
        return entities.stream().map(Entity::name).distinct().count() > 1;
    }

    private static String where(Slots s) {
        return s.text("area").map(a -> "in the " + a.toLowerCase(java.util.Locale.ROOT))
                .orElse(s.text("floor").map(f -> "on the " + f.toLowerCase(java.util.Locale.ROOT)).orElse("there"));
    }

    static Targeting.Found found(List<Entity> targets, Map<String, Object> slots, List<String> used, double sure) {
        return new Targeting.Found(HomeView.ids(targets), slots, new ArrayList<>(used), sure);
    }
}
