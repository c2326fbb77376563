package io.ambient.context.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surface variation that people produce without meaning anything by it: contractions written or not,
 * apostrophes left out, and the odd typo (a dropped, swapped or doubled letter). Applied to template
 * words only, never to fillers, so device names stay recognisable and the masked text keeps its
 * placeholders.
 */
final class Noise {
    /** Long form and contraction; both directions are used. */
    private static final String[][] CONTRACTIONS = {
            {"it is", "it's"}, {"i am", "i'm"}, {"do not", "don't"}, {"what is", "what's"}, {"that is", "that's"},
            {"is not", "isn't"}, {"are not", "aren't"}, {"can not", "can't"}, {"i would", "i'd"},
            {"let us", "let's"}, {"we are", "we're"}, {"there is", "there's"}, {"i will", "i'll"},
            {"did not", "didn't"}, {"does not", "doesn't"}, {"you are", "you're"}, {"how is", "how's"},
            {"i have", "i've"}, {"we have", "we've"}, {"will not", "won't"}, {"who is", "who's"}};
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");
    /** Compiled once: generation runs these over every rendering. */
    private static final List<Swap> SWAPS = swaps();

    private record Swap(Pattern from, String to) {
    }

    private static List<Swap> swaps() {
        List<Swap> out = new ArrayList<>();
        for (String[] pair : CONTRACTIONS) {
            out.add(new Swap(wordPattern(pair[0]), pair[1]));
            out.add(new Swap(wordPattern(pair[1]), pair[0]));
        }
        return List.copyOf(out);
    }

    private static Pattern wordPattern(String words) {
        return Pattern.compile("(?<![a-z'])" + Pattern.quote(words) + "(?![a-z'])", Pattern.CASE_INSENSITIVE);
    }

    private Noise() {
    }

    /** Contract or expand, each occurrence with probability one half. */
    static String contractions(String text, SplittableRandom random) {
        String out = text;
        for (Swap s : SWAPS) {
            out = swap(out, s, random);
        }
        return out;
    }

    private static String swap(String text, Swap s, SplittableRandom random) {
        Matcher m = s.from().matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(random.nextBoolean() ? s.to() : m.group()));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /** "don't" -> "dont": common in typed text; the normaliser does not undo it. */
    static String dropApostrophes(String text) {
        return text.replace("'", "");
    }

    /** One typo in one word of four letters or more, or the text unchanged when there is none. */
    static String typo(String text, SplittableRandom random) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
            return text;
        }
        int[] w = words.get(random.nextInt(words.size()));
        // never the first letter: people rarely get that wrong, and it keeps the word findable
        int i = w[0] + 1 + random.nextInt(w[1] - w[0] - 1);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, i) + text.substring(i + 1);
            case 1 -> i + 1 < w[1] ? text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2)
                    : text.substring(0, i) + text.substring(i + 1);
            default -> text.substring(0, i) + text.charAt(i) + text.substring(i);
        };
    }

    /** Verbs that start commands, for {@link #gerund}. */
    private static final java.util.Set<String> VERBS = java.util.Set.of(
            "turn", "switch", "put", "flick", "flip", "power", "pop", "stick", "kill", "shut", "open", "close",
            "raise", "lower", "set", "dim", "brighten", "make", "start", "stop", "pause", "resume", "play", "skip",
            "add", "take", "cancel", "lock", "unlock", "send", "tell", "check", "get", "give", "remove", "cross",
            "tick", "mark", "extend", "increase", "decrease", "reduce", "announce", "broadcast", "run", "draw",
            "pull", "roll", "bring", "change", "move", "hoover", "vacuum", "clean", "dock", "return", "mute",
            "unmute", "continue", "restart", "unpause", "shorten", "knock", "delete", "clear", "hold", "freeze",
            "crank", "bump", "nudge", "warm", "heat", "cool", "write", "note", "shuffle", "stream", "queue",
            "throw", "reset", "activate", "enable", "disable", "deactivate", "light", "fire", "preheat", "drop",
            "lift", "go", "cut", "let", "find", "search", "carry", "keep", "boost", "adjust");

    /**
     * The text with its first word in the -ing form ("close the blinds" -> "closing the blinds"), or null
     * when the text does not start with a known verb.
     */
    static String gerund(String text) {
        String t = text.strip();
        int sp = t.indexOf(' ');
        String first = sp < 0 ? t : t.substring(0, sp);
        String rest = sp < 0 ? "" : t.substring(sp);
        if (!VERBS.contains(first)) {
            return null;
        }
        String ing;
        if (first.endsWith("ie")) {
            ing = first.substring(0, first.length() - 2) + "ying";
        } else if (first.endsWith("e") && !first.endsWith("ee") && first.length() > 2) {
            ing = first.substring(0, first.length() - 1) + "ing";
        } else if (first.matches("[^aeiou]*[aeiou][bdgklmnprt]") ) {
            ing = first + first.charAt(first.length() - 1) + "ing";
        } else {
            ing = first + "ing";
        }
        return ing + rest;
    }
}
