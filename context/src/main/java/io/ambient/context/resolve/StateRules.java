package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.context.RecentTurn;
import io.ambient.devices.Capability;
import io.ambient.devices.Entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.ambient.context.Intents.*;

/**
 * Rule c: device state decides the target where the words do not. Each method answers only when its
 * situation applies (empty otherwise), so the general rules still run.
 */
final class StateRules {
    private static final Set<String> MOVING = Set.of("opening", "closing");
    private static final Set<String> MEDIA_TRANSPORT = Set.of(MEDIA_PAUSE, MEDIA_UNPAUSE, MEDIA_NEXT,
            MEDIA_PREVIOUS, SET_VOLUME);

    private StateRules() {
    }

    /** "pause", "next", "turn it up": the player that is playing, the speaker's room first. */
    static Targeting mediaByState(String intent, HomeView view) {
        String wanted = intent.equals(MEDIA_UNPAUSE) ? "paused" : "playing";
        List<Entity> players = view.entities(e -> e.has(Capability.MEDIA_PLAYBACK) && wanted.equals(e.state()));
        List<Entity> mine = players.stream().filter(view::inSpeakerArea).toList();
        List<Entity> chosen = !mine.isEmpty() ? mine : players;
        if (chosen.size() == 1 || !mine.isEmpty()) {
            return TargetFinder.found(chosen, Map.of(), used(chosen), mine.isEmpty() ? 0.9 : 0.95);
        }
        if (chosen.size() > 1) {
            return new Targeting.Ambiguous(HomeView.ids(chosen), Questions.which("player", chosen, view.home()),
                    List.of());
        }
        // only a volume makes sense on a player that is not playing; "next" with nothing on means nothing
        List<Entity> here = view.entities(e -> e.has(Capability.MEDIA_PLAYBACK) && view.inSpeakerArea(e));
        if (intent.equals(SET_VOLUME) && here.size() == 1) {
            return TargetFinder.found(here, Map.of("area", view.speakerAreaName()), List.of("site-area"), 0.8);
        }
        return new Targeting.None(wanted.equals("paused") ? "Nothing is paused." : "Nothing is playing.");
    }

    /**
     * Rule c among several named players: "pause the tv" pauses the TV that is playing, "resume the
     * tv" the paused one, when the words alone leave two.
     */
    static Targeting preferActive(String intent, Targeting t, HomeView view) {
        if (!(t instanceof Targeting.Ambiguous amb) || !MEDIA_TRANSPORT.contains(intent)) {
            return t;
        }
        String wanted = intent.equals(MEDIA_UNPAUSE) ? "paused" : "playing";
        List<Entity> active = view.byIds(amb.candidates()).stream().filter(e -> wanted.equals(e.state())).toList();
        if (active.size() != 1) {
            return t;
        }
        return TargetFinder.found(active, Map.of(), used(active), 0.9);
    }

    /**
     * "What's the temperature": an appliance that is on in the speaker's room (the oven) wins; otherwise
     * the room's thermometer, then its thermostat.
     */
    static Optional<Targeting> temperature(Hypothesis h, HomeView view) {
        if (!h.mentions().isEmpty()) {
            return Optional.empty();
        }
        String said = h.slots().text("area").orElse(null);
        if (said == null && view.speakerAreaId() != null) {
            List<Entity> hot = view.entities(e -> view.inSpeakerArea(e) && isAppliance(e) && "on".equals(e.state()));
            if (!hot.isEmpty()) {
                return Optional.of(TargetFinder.found(hot.subList(0, 1), Map.of(), used(hot.subList(0, 1)), 0.9));
            }
        }
        String areaId = said != null ? view.areaIdByName(said) : view.speakerAreaId();
        Optional<Entity> meter = thermometerIn(areaId, view);
        if (meter.isPresent()) {
            Map<String, Object> slots = Map.of("area", view.areaName(areaId));
            return Optional.of(TargetFinder.found(List.of(meter.get()), slots,
                    said == null ? List.of("site-area") : List.of(), said == null ? 0.92 : 1.0));
        }
        List<Entity> thermostats = view.entities(e -> e.domain().equals("climate") && e.has(Capability.CURRENT_TEMPERATURE));
        if (said == null && thermostats.size() == 1) {
            return Optional.of(TargetFinder.found(thermostats, Map.of(),
                    List.of("only-candidate:" + thermostats.get(0).areaId()), 0.85));
        }
        return Optional.of(new Targeting.None("I can't measure the temperature "
                + (said == null ? "here" : "in the " + said.toLowerCase(java.util.Locale.ROOT)) + "."));
    }

    /** "close it" / "open it again": the cover that is moving; else what the last turn acted on. */
    static Optional<Targeting> pronoun(Hypothesis h, HomeView view, List<RecentTurn> recent) {
        if (!h.cues().pronoun() || !h.mentions().isEmpty() || h.slots().has("domain") || h.slots().has("area")) {
            return Optional.empty();
        }
        List<Entity> moving = view.entities(e -> e.domain().equals("cover") && MOVING.contains(e.state()));
        List<Entity> mine = moving.stream().filter(view::inSpeakerArea).toList();
        List<Entity> chosen = mine.isEmpty() ? moving : mine;
        if (chosen.size() == 1) {
            return Optional.of(TargetFinder.found(chosen, Map.of(), used(chosen), 0.9));
        }
        for (RecentTurn t : recent) {
            if (!t.targets().isEmpty()) {
                return Optional.of(new Targeting.Found(t.targets(), Map.of(), List.of("follow-up"), 0.85));
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> thermometerIn(String areaId, HomeView view) {
        if (areaId == null) {
            return Optional.empty();
        }
        Optional<Entity> sensor = view.entities(e -> areaId.equals(e.areaId()) && e.domain().equals("sensor")
                && e.has(Capability.CURRENT_TEMPERATURE)).stream().findFirst();
        return sensor.or(() -> view.entities(e -> areaId.equals(e.areaId()) && e.domain().equals("climate")
                && e.has(Capability.CURRENT_TEMPERATURE)).stream().findFirst());
    }

    /** An oven or similar: measures a temperature but is neither a thermometer nor a thermostat. */
    private static boolean isAppliance(Entity e) {
        return e.has(Capability.CURRENT_TEMPERATURE) && !e.domain().equals("sensor") && !e.domain().equals("climate");
    }

    static List<String> used(List<Entity> chosen) {
        return chosen.stream().map(e -> "device-state:" + e.id() + "=" + e.state()).toList();
    }
}
