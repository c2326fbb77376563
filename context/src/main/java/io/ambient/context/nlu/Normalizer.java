package io.ambient.context.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw text into {@link NormalizedText}. Kept deliberately small and predictable: the same
 * normalisation is applied to the home's names, so "Kid's Room" and "kids room" meet in the middle.
 */
public final class Normalizer {
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018`´]");
    private static final Pattern PUNCTUATION = Pattern.compile("[^a-z0-9.' ]+");
    private static final Pattern DECIMAL_DOT = Pattern.compile("(?<![0-9])\\.|\\.(?![0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Contractions whose expansion changes meaning ("don't", "it's"); possessive 's is dropped. */
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("can't", "can not"), Map.entry("cannot", "can not"), Map.entry("won't", "will not"),
            Map.entry("shan't", "shall not"), Map.entry("ain't", "is not"), Map.entry("let's", "let us"),
            Map.entry("it's", "it is"), Map.entry("what's", "what is"), Map.entry("that's", "that is"),
            Map.entry("there's", "there is"), Map.entry("where's", "where is"), Map.entry("how's", "how is"),
            Map.entry("who's", "who is"), Map.entry("he's", "he is"), Map.entry("she's", "she is"),
            Map.entry("here's", "here is"), Map.entry("when's", "when is"), Map.entry("today's", "today is"));
    private static final Map<String, String> SUFFIXES = Map.of(
            "n't", " not", "'re", " are", "'m", " am", "'ll", " will", "'ve", " have", "'d", " would");

    /** Multi-word politeness and hesitation that never changes what is asked. Longest first. */
    private static final List<List<String>> FILLER_PHRASES = List.of(
            List.of("would", "you", "mind"), List.of("do", "me", "a", "favour", "and"),
            List.of("do", "me", "a", "favor", "and"), List.of("i", "would", "like", "you", "to"),
            List.of("i", "want", "you", "to"), List.of("i", "need", "you", "to"),
            List.of("could", "you"), List.of("would", "you"), List.of("can", "you"), List.of("will", "you"),
            List.of("for", "me"), List.of("thank", "you"), List.of("if", "you", "can"),
            List.of("if", "you", "could"), List.of("right", "now"));
    private static final Set<String> FILLER_WORDS = Set.of(
            "um", "umm", "uh", "uhh", "er", "erm", "hmm", "hm", "ah", "please", "pls", "hey", "hi", "hello",
            "ok", "okay", "kindly", "just", "thanks", "oh", "so", "quickly", "actually", "ambient", "sorry", "love",
            "brr", "brrr", "shh", "shhh", "ugh", "maybe", "morning", "mate", "darling", "wait", "well");

    private Normalizer() {
    }

    public static NormalizedText normalize(String raw) {
        String s = raw == null ? "" : raw;
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("'");
        s = s.replace("%", " percent ").replace("°c", " degrees ").replace("°f", " degrees fahrenheit ")
                .replace("°", " degrees ").replace("-", " ").replace("&", " and ").replace("+", " plus ");
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = DECIMAL_DOT.matcher(s).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(s.trim())) {
            if (!w.isEmpty()) {
                expand(w, words);
            }
        }
        return new NormalizedText(raw == null ? "" : raw, "", dropFillers(splitUnits(words)));
    }

    /** Normalises a name from the home the same way, but keeps every word (no filler removal). */
    public static List<String> words(String name) {
        String s = APOSTROPHES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("'");
        s = PUNCTUATION.matcher(s.replace("-", " ").replace("&", " and ")).replaceAll(" ");
        s = DECIMAL_DOT.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(s.trim())) {
            if (!w.isEmpty()) {
                out.add(stripApostrophes(w));
            }
        }
        return out;
    }

    private static void expand(String w, List<String> out) {
        String full = CONTRACTIONS.get(w);
        if (full != null) {
            out.addAll(List.of(full.split(" ")));
            return;
        }
        for (Map.Entry<String, String> e : SUFFIXES.entrySet()) {
            if (w.endsWith(e.getKey()) && w.length() > e.getKey().length()) {
                String stem = w.substring(0, w.length() - e.getKey().length());
                out.add(stripApostrophes(stem));
                out.add(e.getValue().trim());
                return;
            }
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        String clean = stripApostrophes(w);
        if (!clean.isEmpty()) {
            out.add(clean);
        }
    }

    private static String stripApostrophes(String w) {
        return w.replace("'", "");
    }

    /** "20min", "5s", "21c" -> number and unit as two words, so the parsers see them. */
    private static List<String> splitUnits(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            int i = 0;
            while (i < w.length() && (Character.isDigit(w.charAt(i)) || w.charAt(i) == '.')) {
                i++;
            }
            if (i > 0 && i < w.length() && Character.isDigit(w.charAt(0))) {
                out.add(w.substring(0, i));
                String unit = w.substring(i);
                out.add(unit.equals("c") ? "degrees" : unit);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> dropFillers(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        int i = 0;
        outer:
        while (i < words.size()) {
            for (List<String> phrase : FILLER_PHRASES) {
                if (startsWith(words, i, phrase)) {
                    i += phrase.size();
                    continue outer;
                }
            }
            if (!FILLER_WORDS.contains(words.get(i))) {
                out.add(words.get(i));
            }
            i++;
        }
        return out;
    }

    static boolean startsWith(List<String> words, int at, List<String> phrase) {
        return at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
    }
}
