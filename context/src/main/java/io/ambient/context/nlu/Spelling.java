package io.ambient.context.nlu;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects one-letter typos ("lihgts", "themostat", "shoping", "unlokced") to a known word, so that a typo
 * in a device's name or a kind word does not hide it from the vocabulary, and the intent model sees the words
 * it was trained on. Known words are the home's own (names, aliases, areas, floors: preferred) and every word
 * of the training sentences' templates and fillers, counted, which also covers much everyday language that is
 * not about the home, so a word nobody misspelt is rarely "corrected".
 *
 * <p>A word is corrected only when it is unknown, has at least {@link #MIN_LENGTH} letters, and exactly one
 * known word — or one clearly more common than the others — is one edit away (a letter deleted, inserted,
 * replaced, or two neighbours swapped). Short words are left alone: "of" for "off" is a grammar question.
 */
final class Spelling {
    static final int MIN_LENGTH = 4;
    /** The preferred candidate must be this many times more common than the next one. */
    static final int CLEAR_LEAD = 3;
    /** Home words outrank words of the training text. */
    private static final int HOME_WEIGHT = 1_000_000;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");

    private final Set<String> known;
    private final Map<String, Integer> targets;

    private Spelling(Set<String> known, Map<String, Integer> targets) {
        this.known = known;
        this.targets = targets;
    }

    /**
     * Known: every word of the training text and of this home. Corrected to: only the home's words and the
     * words of requests (in-domain templates and phrasing frames), so that an everyday word we never wrote
     * down ("hanging") is not bent into one from the out-of-domain chatter ("changing").
     *
     * @param homeWords the words of the home's names and aliases (entities, areas, floors), normalised
     */
    static Spelling of(Set<String> homeWords) {
        Map<String, Integer> targets = new HashMap<>(TrainingWords.REQUEST_COUNTS);
        for (String w : homeWords) {
            targets.merge(w, HOME_WEIGHT, Integer::sum);
        }
        Set<String> known = new HashSet<>(TrainingWords.ALL);
        known.addAll(targets.keySet());
        return new Spelling(Set.copyOf(known), Map.copyOf(targets));
    }

    NormalizedText correct(NormalizedText text) {
        List<String> tokens = null;
        for (int i = 0; i < text.size(); i++) {
            String w = text.token(i);
            String fixed = correct(w);
            if (!fixed.equals(w)) {
                if (tokens == null) {
                    tokens = new ArrayList<>(text.tokens());
                }
                tokens.set(i, fixed);
            }
        }
        return tokens == null ? text : new NormalizedText(text.original(), "", tokens);
    }

    String correct(String word) {
        if (word.length() < MIN_LENGTH || known.contains(word) || !WORD.matcher(word).matches()) {
            return word;
        }
        String best = null;
        int bestCount = 0;
        int runnerUp = 0;
        for (String candidate : edits(word)) {
            Integer count = targets.get(candidate);
            if (count == null || candidate.equals(best)) {
                continue;
            }
            if (count > bestCount) {
                runnerUp = bestCount;
                best = candidate;
                bestCount = count;
            } else if (count > runnerUp) {
                runnerUp = count;
            }
        }
        return best != null && bestCount >= (long) CLEAR_LEAD * runnerUp ? best : word;
    }

    /**
     * Every string one edit away (duplicates possible), except those that drop or replace the last letter: a
     * word that differs from a known one only at its end is more often a word of its own ("bluey", a show)
     * than a typo ("blue", "blues").
     */
    private static List<String> edits(String w) {
        List<String> out = new ArrayList<>(w.length() * 54 + 26);
        int last = w.length() - 1;
        for (int i = 0; i < last; i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
            out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            for (char c : ALPHABET.toCharArray()) {
                out.add(w.substring(0, i) + c + w.substring(i + 1));
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (char c : ALPHABET.toCharArray()) {
                out.add(w.substring(0, i) + c + w.substring(i));
            }
        }
        return out;
    }

    /**
     * The words of the training text shipped in this module (templates, macros, fillers, paraphrase frames):
     * all of them, and those of requests counted. Read once; immutable.
     */
    private static final class TrainingWords {
        static final Set<String> ALL;
        static final Map<String, Integer> REQUEST_COUNTS;

        static {
            List<String> requests = new ArrayList<>(List.of("macros.txt", "paraphrase/command-prefixes.txt",
                    "paraphrase/command-suffixes.txt", "paraphrase/question-prefixes.txt",
                    "paraphrase/question-suffixes.txt", "paraphrase/statement-prefixes.txt",
                    "paraphrase/statement-suffixes.txt"));
            io.ambient.context.Intents.ALL.forEach(l -> requests.add("intents/" + l + ".txt"));
            List<String> other = new ArrayList<>(List.of("intents/_out_of_domain.txt"));
            for (String v : read("values/index.txt").split("\\R")) {
                if (!v.isBlank() && !v.startsWith("#")) {
                    other.add("values/" + v.trim() + ".txt");
                }
            }
            REQUEST_COUNTS = Map.copyOf(count(requests));
            Set<String> all = new HashSet<>(REQUEST_COUNTS.keySet());
            all.addAll(count(other).keySet());
            ALL = Set.copyOf(all);
        }

        private static Map<String, Integer> count(List<String> files) {
            Map<String, Integer> counts = new HashMap<>();
            for (String f : files) {
                Matcher m = WORD.matcher(read(f).toLowerCase(java.util.Locale.ROOT));
                while (m.find()) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
            }
            return counts;
        }

        private static String read(String file) {
            try (InputStream in = Spelling.class.getClassLoader().getResourceAsStream("training/" + file)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read training/" + file, e);
            }
        }
    }
}
