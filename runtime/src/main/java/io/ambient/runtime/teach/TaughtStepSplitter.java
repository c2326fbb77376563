package io.ambient.runtime.teach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what a taught phrase means into steps. "and" or a comma starts a step only where a new command begins
 * ("dim the lights and close the blinds": two steps). Where the words after it only name another thing ("turn off
 * the lights and the fan"), the previous step's verb is carried over when it is one that applies to any device
 * ("turn off the fan"); otherwise the words stay in the previous step ("play rock and roll"). "then" always starts
 * a step (with the carried verb when there is one).
 */
final class TaughtStepSplitter {
    /** Between steps: a comma, "and", "then", "and then". */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*,\\s*(?:and\\s+)?(?:then\\s+)?|\\s+and\\s+then\\s+|\\s+then\\s+|\\s+and\\s+");
    /** Words a spoken command starts with. */
    private static final Set<String> COMMAND_STARTS = Set.of("turn", "switch", "dim", "brighten", "close", "open",
            "shut", "lock", "unlock", "set", "play", "pause", "resume", "stop", "start", "skip", "mute", "unmute",
            "raise", "lower", "make", "put", "add", "remove", "cancel", "tell", "what", "what's", "whats", "is", "are",
            "read", "run", "activate", "deactivate", "power", "increase", "decrease", "change", "enable", "disable",
            "say", "announce", "remind", "let", "give", "show", "vacuum", "clean", "dock", "send", "check", "please",
            "lights", "heat", "cool", "warm");
    /** Verbs that apply to another named device as they are ("turn off the lights and the fan"). */
    private static final Set<String> CARRIED = Set.of("turn", "switch", "close", "open", "shut", "lock", "unlock", "dim",
            "brighten", "pause", "resume", "stop", "start", "mute", "unmute", "power", "activate", "deactivate");
    private static final Set<String> PARTICLES = Set.of("on", "off", "up", "down");

    private TaughtStepSplitter() {
    }

    static List<String> split(String meaning) {
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(meaning);
        int start = 0;
        while (m.find()) {
            pieces.add(meaning.substring(start, m.start()).trim());
            separators.add(m.group());
            start = m.end();
        }
        pieces.add(meaning.substring(start).trim());
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (piece.isEmpty()) {
                continue;
            }
            if (steps.isEmpty() || startsCommand(piece)) {
                steps.add(piece);
                continue;
            }
            String previous = steps.get(steps.size() - 1);
            String verb = carriedVerb(previous);
            if (verb != null) {
                steps.add(verb + " " + piece);
            } else if (separators.get(i - 1).contains("then")) {
                steps.add(piece);
            } else {
                steps.set(steps.size() - 1, previous + separators.get(i - 1) + piece);
            }
        }
        return steps;
    }

    private static boolean startsCommand(String piece) {
        return COMMAND_STARTS.contains(words(piece).get(0));
    }

    /** "turn off" of "turn off the lights"; null when the step does not start with a verb that carries over. */
    private static String carriedVerb(String step) {
        List<String> words = words(step);
        if (!CARRIED.contains(words.get(0))) {
            return null;
        }
        return words.size() > 2 && PARTICLES.contains(words.get(1)) ? words.get(0) + " " + words.get(1) : words.get(0);
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }
}
