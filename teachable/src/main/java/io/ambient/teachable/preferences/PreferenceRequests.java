package io.ambient.teachable.preferences;

import io.ambient.context.Hypothesis;
import io.ambient.context.Intents;
import io.ambient.context.Preferences;
import io.ambient.context.Slots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests whose meaning depends on a preference: "what's the score" (the speaker's team), "make it
 * comfortable" (their temperature), "play some music" (their genre). Recognises them and says what
 * the preference makes of them. Stateless.
 */
public final class PreferenceRequests {
    private static final Set<String> SCORE_WORDS = Set.of("what", "is", "the", "score", "scores", "game", "match",
            "of", "current", "latest", "tonight", "tonights", "todays", "today", "last", "night", "now", "tell",
            "me", "give", "did", "my", "team", "how", "do", "doing", "we", "win", "won", "result", "results", "are");
    private static final Set<String> MUSIC_FILLER = Set.of("some", "a", "bit", "of", "little", "the", "my",
            "favourite", "usual", "good", "nice", "something", "music", "tunes", "songs");
    private static final Set<String> PLACE_WORDS = Set.of("in", "on", "upstairs", "downstairs", "everywhere",
            "through", "here");

    /** What a preference-dependent request becomes. */
    public sealed interface Effect {
        /**
         * The request, read with the preference: a sure hypothesis to resolve in context.
         *
         * @param signal the {@code context.used} entry naming the preference
         */
        record Applied(Hypothesis hypothesis, String signal) implements Effect { }

        /** The request needs a preference the speaker has not given; {@code reason} says how to give it. */
        record Missing(String key, String reason) implements Effect { }
    }

    /**
     * @param base the understanding's best reading of the same words, whose area/name slots and device
     *             mentions still apply ("play some music in the kitchen"), or null
     */
    public Optional<Effect> effect(String text, Preferences preferences, Hypothesis base) {
        List<String> w = Words.of(text);
        if (isScoreRequest(w)) {
            return Optional.of(apply(preferences, Preferences.TEAM, Intents.GET_SCORE, base,
                    p -> Map.of("team", p.value()), "I don't know your team yet. Tell me, for example, \"I'm a"
                            + " Warriors fan\"."));
        }
        if (isComfortRequest(w)) {
            return Optional.of(apply(preferences, Preferences.TEMPERATURE, Intents.CLIMATE_SET_TEMPERATURE, base,
                    p -> Map.of("temperature", Double.parseDouble(p.value())), "I don't know what temperature you"
                            + " find comfortable yet. Tell me, for example, \"I like it at 21 degrees\"."));
        }
        if (isGenericMusicRequest(w)) {
            Optional<Preferences.Preference> genre = preferences.get(Preferences.MUSIC_GENRE);
            // without a preference "play some music" keeps its ordinary meaning
            return genre.map(p -> apply(preferences, Preferences.MUSIC_GENRE, Intents.MEDIA_SEARCH_AND_PLAY, base,
                    g -> Map.of("search_query", g.value(), "media_class", "music"), ""));
        }
        return Optional.empty();
    }

    private static Effect apply(Preferences preferences, String key, String intent, Hypothesis base,
                                java.util.function.Function<Preferences.Preference, Map<String, Object>> slots,
                                String missing) {
        Optional<Preferences.Preference> p = preferences.get(key);
        if (p.isEmpty()) {
            return new Effect.Missing(key, missing);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> mentions = List.of();
        if (base != null) {
            for (String kept : List.of("area", "floor", "name")) {
                base.slots().text(kept).ifPresent(v -> values.put(kept, v));
            }
            mentions = base.mentions();
        }
        values.putAll(slots.apply(p.get()));
        String signal = Preferences.signal(key, p.get());
        Hypothesis h = new Hypothesis(intent, 1.0, Slots.of(values), mentions, List.of(signal),
                base == null ? null : base.cues());
        return new Effect.Applied(h, signal);
    }

    static boolean isScoreRequest(List<String> w) {
        boolean asks = w.contains("score") || w.contains("scores")
                || Words.indexOf(w, List.of("my", "team")) >= 0 && (w.contains("win") || w.contains("doing")
                || w.contains("do") || w.contains("won"))
                || Words.indexOf(w, List.of("did", "we", "win")) >= 0;
        return asks && SCORE_WORDS.containsAll(w);
    }

    static boolean isComfortRequest(List<String> w) {
        boolean comfort = w.contains("comfortable") || w.contains("comfy") || w.contains("cosy") || w.contains("cozy");
        boolean verb = !w.isEmpty() && Set.of("make", "set", "keep", "get", "put").contains(w.get(0));
        return comfort && verb && !w.contains("degrees");
    }

    static boolean isGenericMusicRequest(List<String> w) {
        List<String> core = new ArrayList<>();
        int start;
        if (Words.startsWith(w, 0, List.of("play"))) {
            start = 1;
        } else if (Words.startsWith(w, 0, List.of("put", "on"))) {
            start = 2;
        } else {
            return false;
        }
        for (int i = start; i < w.size() && !PLACE_WORDS.contains(w.get(i)); i++) {
            core.add(w.get(i));
        }
        boolean saysMusic = core.contains("music") || core.contains("something") || core.contains("tunes")
                || core.contains("songs");
        return saysMusic && MUSIC_FILLER.containsAll(core);
    }
}
