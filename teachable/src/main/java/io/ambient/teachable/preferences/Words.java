package io.ambient.teachable.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lower-case words of a sentence with the contractions people use about themselves expanded ("I'm" ->
 * "i am"). Unlike the understanding's normaliser it keeps "love" and "like" (they carry the meaning here)
 * and keeps "6:30" as one word.
 */
final class Words {
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018`´]");
    private static final Pattern PUNCTUATION = Pattern.compile("[^a-z0-9:.'&+ ]+");
    private static final Pattern LOOSE_DOTS = Pattern.compile("(?<![0-9])[.:]|[.:](?![0-9])");
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("i'm", "i am"), Map.entry("im", "i am"), Map.entry("it's", "it is"),
            Map.entry("what's", "what is"), Map.entry("whats", "what is"), Map.entry("that's", "that is"),
            Map.entry("i've", "i have"), Map.entry("i'd", "i would"), Map.entry("don't", "do not"),
            Map.entry("didn't", "did not"), Map.entry("how's", "how is"), Map.entry("we're", "we are"),
            Map.entry("favorite", "favourite"), Map.entry("r&b", "rnb"), Map.entry("°c", "degrees"),
            Map.entry("°", "degrees"), Map.entry("celsius", "degrees"), Map.entry("c", "degrees"));
    /** Words that never change what a statement says. */
    static final Set<String> FILLER = Set.of("um", "uh", "er", "erm", "well", "oh", "so", "please", "ok", "okay",
            "really", "actually", "just", "hey", "ambient", "honestly", "basically", "mostly", "usually",
            "normally", "generally", "always", "definitely", "quite", "pretty", "much");

    private Words() {
    }

    /** The sentence's words, fillers dropped. */
    static List<String> of(String text) {
        String s = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        s = s.replace("°c", " degrees ").replace("°", " degrees ").replace("-", " ");
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = LOOSE_DOTS.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            if (w.isEmpty() || FILLER.contains(w)) {
                continue;
            }
            String full = CONTRACTIONS.getOrDefault(w, w);
            for (String part : full.split(" ")) {
                out.add(part.replace("'", ""));
            }
        }
        return out;
    }

    /** Whether {@code words} starts with {@code prefix} at {@code at}. */
    static boolean startsWith(List<String> words, int at, List<String> prefix) {
        return at + prefix.size() <= words.size() && words.subList(at, at + prefix.size()).equals(prefix);
    }

    /** The index where {@code phrase} first occurs, or -1. */
    static int indexOf(List<String> words, List<String> phrase) {
        return java.util.Collections.indexOfSubList(words, phrase);
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }
}
