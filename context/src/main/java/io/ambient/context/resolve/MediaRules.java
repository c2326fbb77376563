package io.ambient.context.resolve;

import io.ambient.context.Hypothesis;
import io.ambient.devices.Capability;
import io.ambient.devices.Entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule d: the kind of device decides what "play X" means. Where the room has a screen, X is a video on
 * it; elsewhere music on a speaker. Words that say "song" or "film" override the room.
 */
final class MediaRules {
    private MediaRules() {
    }

    static Targeting play(Hypothesis h, HomeView view) {
        String mediaClass = h.slots().text("media_class").orElse(null);
        return h.mentions().isEmpty() ? inRoom(h, mediaClass, view) : named(h, mediaClass, view);
    }

    /** "play the beatles on the kids speaker": the class follows the player unless the words say it. */
    private static Targeting named(Hypothesis h, String mediaClass, HomeView view) {
        List<Entity> named = view.byIds(h.mentions()).stream().filter(e -> e.has(Capability.MEDIA_SEARCH)).toList();
        if (named.isEmpty()) {
            return new Targeting.None("That can't play anything.");
        }
        Entity e = named.get(0);
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("name", e.name());
        slots.put("media_class", mediaClass != null ? mediaClass : e.has(Capability.SCREEN) ? "video" : "music");
        return TargetFinder.found(List.of(e), slots, List.of(), 1.0);
    }

    /** The room said, else the speaker's: its screen for video, its speaker for music. */
    private static Targeting inRoom(Hypothesis h, String mediaClass, HomeView view) {
        String said = h.slots().text("area").orElse(null);
        String areaId = said != null ? view.areaIdByName(said) : view.speakerAreaId();
        List<Entity> players = view.entities(e -> e.has(Capability.MEDIA_SEARCH)
                && KindFilter.of(h.slots()).map(k -> k.matches(e)).orElse(true));
        List<Entity> here = players.stream().filter(e -> areaId != null && areaId.equals(e.areaId())).toList();
        List<String> used = new ArrayList<>();
        if (said == null) {
            used.add("site-area");
        }
        Optional<Entity> screen = here.stream().filter(e -> e.has(Capability.SCREEN)).findFirst();
        Optional<Entity> speaker = here.stream().filter(e -> !e.has(Capability.SCREEN)).findFirst();
        if (mediaClass == null) {
            mediaClass = screen.isPresent() ? "video" : "music";
            if (screen.isPresent()) {
                used.add("device-type:screen");
            }
        }
        Optional<Entity> target = mediaClass.equals("video") ? screen.or(() -> speaker) : speaker.or(() -> screen);
        if (target.isEmpty()) {
            return elsewhere(players, mediaClass, view);
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("media_class", mediaClass);
        slots.put("area", view.areaName(areaId));
        return TargetFinder.found(List.of(target.get()), slots, used, said == null ? 0.92 : 1.0);
    }

    /** No player in the room: the home's only fitting one (rule e), else nothing. */
    private static Targeting elsewhere(List<Entity> players, String mediaClass, HomeView view) {
        boolean video = mediaClass.equals("video");
        List<Entity> fit = players.stream().filter(e -> e.has(Capability.SCREEN) == video).toList();
        if (fit.size() == 1) {
            return TargetFinder.found(fit, Map.of("media_class", mediaClass),
                    List.of("only-candidate:" + fit.get(0).areaId()), 0.85);
        }
        return new Targeting.None("There's nothing to play that on here.");
    }
}
