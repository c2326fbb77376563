package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a preference stated at any time: "I'm a Warriors fan", "I support the Celtics", "I love
 * jazz", "I like rock music", "I like it at 21 degrees", "I'm comfortable at 70 Fahrenheit", "I wake up at
 * 6:30". A request ("set it to 21 degrees", "play jazz") is not a statement. Stateless.
 */
public final class PreferenceStatements {
    private static final Set<String> COMMAND_VERBS = Set.of("set", "turn", "make", "put", "play", "switch",
            "change", "start", "open", "close", "dim", "raise", "lower", "can", "could", "would", "will",
            "what", "how", "is", "are", "do", "does", "did");
    private static final Set<String> LIKE_VERBS = Set.of("love", "like", "enjoy", "adore", "prefer", "dig");

    /** Empty when the words state no preference; otherwise what they state, or why it was unusable. */
    public Optional<Reading> read(String text) {
        List<String> w = Words.of(text);
        if (w.size() < 2 || COMMAND_VERBS.contains(w.get(0))) {
            return Optional.empty();
        }
        Optional<Reading> r = team(w);
        if (r.isEmpty()) {
            r = temperature(w);
        }
        if (r.isEmpty()) {
            r = wakeTime(w);
        }
        if (r.isEmpty()) {
            r = music(w);
        }
        return r;
    }

    private static Optional<Reading> team(List<String> w) {
        List<List<String>> openers = List.of(List.of("i", "am", "a", "fan", "of"), List.of("i", "am", "a"),
                List.of("i", "am", "an"), List.of("i", "am"), List.of("i", "support"), List.of("i", "root", "for"),
                List.of("i", "cheer", "for"), List.of("my", "favourite", "team", "is"), List.of("my", "team", "is"),
                List.of("we", "support"), List.of("go"));
        for (List<String> opener : openers) {
            if (!Words.startsWith(w, 0, opener)) {
                continue;
            }
            List<String> rest = w.subList(opener.size(), w.size());
            boolean fanForm = opener.size() <= 3 && opener.get(0).equals("i") && opener.get(1).equals("am");
            if (fanForm && !opener.contains("fan")) {
                // "I'm a Warriors fan": must end with "fan"; "I'm a jazz fan" is about music
                if (rest.isEmpty() || !(rest.get(rest.size() - 1).equals("fan")
                        || rest.get(rest.size() - 1).equals("supporter"))) {
                    continue;
                }
                rest = rest.subList(0, rest.size() - 1);
            }
            if (opener.equals(List.of("go")) && w.size() > 4) {
                continue;
            }
            if (PreferenceValues.knownGenre(rest).isPresent()) {
                return Optional.of(PreferenceValues.genre(rest));
            }
            return Optional.of(PreferenceValues.team(rest));
        }
        return Optional.empty();
    }

    private static Optional<Reading> temperature(List<String> w) {
        boolean aboutComfort = Words.indexOf(w, List.of("like", "it", "at")) >= 0
                || Words.indexOf(w, List.of("prefer", "it", "at")) >= 0
                || Words.indexOf(w, List.of("like", "it")) >= 0 && w.contains("degrees")
                || w.contains("comfortable") || w.contains("comfy")
                || (w.contains("degrees") && w.stream().anyMatch(LIKE_VERBS::contains));
        if (!aboutComfort || !hasNumber(w)) {
            return Optional.empty();
        }
        if (!(w.get(0).equals("i") || w.get(0).equals("my") || w.get(0).equals("we")
                || w.stream().anyMatch(t -> t.equals("me")))) {
            return Optional.empty();
        }
        return Optional.of(PreferenceValues.temperature(w));
    }

    private static Optional<Reading> wakeTime(List<String> w) {
        int at = -1;
        for (List<String> p : List.of(List.of("wake", "up"), List.of("get", "up"), List.of("wake"),
                List.of("alarm", "is"), List.of("up", "by"))) {
            int i = Words.indexOf(w, p);
            if (i >= 0) {
                at = i + p.size();
                break;
            }
        }
        if (at < 0 || !(w.get(0).equals("i") || w.get(0).equals("my") || w.get(0).equals("we"))) {
            return Optional.empty();
        }
        List<String> rest = w.subList(at, w.size());
        if (!rest.isEmpty() && (rest.get(0).equals("at") || rest.get(0).equals("around"))) {
            return Optional.of(PreferenceValues.wakeTime(rest));
        }
        return Optional.empty();
    }

    private static Optional<Reading> music(List<String> w) {
        List<List<String>> favourite = List.of(List.of("my", "favourite", "music", "is"),
                List.of("my", "favourite", "genre", "is"), List.of("my", "favourite", "kind", "of", "music", "is"),
                List.of("my", "favourite", "type", "of", "music", "is"), List.of("i", "listen", "to"),
                List.of("i", "am", "into"));
        for (List<String> p : favourite) {
            if (Words.startsWith(w, 0, p)) {
                return Optional.of(PreferenceValues.genre(w.subList(p.size(), w.size())));
            }
        }
        if (!w.get(0).equals("i") || w.size() < 3 || !LIKE_VERBS.contains(w.get(1))) {
            return Optional.empty();
        }
        List<String> rest = w.subList(2, w.size());
        if (rest.contains("music") || PreferenceValues.knownGenre(rest).isPresent() && rest.size() <= 3) {
            return Optional.of(PreferenceValues.genre(rest));
        }
        return Optional.empty();
    }

    private static boolean hasNumber(List<String> w) {
        return w.stream().anyMatch(t -> t.matches("\\d+(\\.\\d+)?")
                || io.ambient.context.nlu.NumberParser.isNumberWord(t));
    }
}
