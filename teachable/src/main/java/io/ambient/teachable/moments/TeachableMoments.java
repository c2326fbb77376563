package io.ambient.teachable.moments;

import io.ambient.context.RecentTurn;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, after a turn, whether the runtime should offer to learn. The signal is the conversation's
 * previous turn (same satellite or user, within the follow-up window):
 * <ul>
 *   <li>it failed and this one failed too with words in common (a repeat or a rephrase): ask what the
 *       first wording meant ({@link Offer.AskMeaning});</li>
 *   <li>it failed and this one, sharing words with it, worked: offer to remember that the first wording
 *       means this one ({@link Offer.RememberRephrase}).</li>
 * </ul>
 * "No, that's wrong" is recognised by {@link Replies#isNegativeFeedback}. Turns of the teaching dialogs
 * themselves (intents named {@code Ambient...}) never count. Stateless.
 */
public final class TeachableMoments {
    /** Outcomes (formats.md §4 spelling) that count as a failed request. */
    public static final Set<String> FAILED = Set.of("not_understood", "failed");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "on", "off", "in", "to", "of", "it",
            "my", "me", "please", "can", "you", "could", "would", "is", "are", "and", "up", "down", "i", "for",
            "some", "this", "that", "at", "all", "now", "just", "hey", "ok", "okay", "with");

    /** What to offer. */
    public sealed interface Offer {
        /**
         * Ask "what did you mean by {@code phrase}?"; the answer is taught as its meaning.
         *
         * @param turnId the turn that first failed with {@code phrase}
         */
        record AskMeaning(String phrase, String turnId) implements Offer { }

        /** Ask whether {@code phrase} (turn {@code turnId}) should from now on mean {@code meaning}, which just worked. */
        record RememberRephrase(String phrase, String meaning, String turnId) implements Offer { }
    }

    /**
     * @param text     this turn's words
     * @param outcome  this turn's outcome (formats.md §4 spelling)
     * @param previous the conversation's turns before this one, newest first
     */
    public Optional<Offer> after(String text, String outcome, List<RecentTurn> previous) {
        Optional<RecentTurn> last = previous.stream().findFirst()
                .filter(t -> t.intent() == null || !t.intent().startsWith("Ambient"));
        if (last.isEmpty() || !FAILED.contains(last.get().outcome())
                || !sharesWords(last.get().text(), text)) {
            return Optional.empty();
        }
        String phrase = last.get().text().strip();
        if (FAILED.contains(outcome)) {
            return Optional.of(new Offer.AskMeaning(phrase, last.get().turnId()));
        }
        if ("executed".equals(outcome) && !Replies.sameWords(phrase, text)) {
            return Optional.of(new Offer.RememberRephrase(phrase, text.strip(), last.get().turnId()));
        }
        return Optional.empty();
    }

    /** The newest earlier turn that "no, that's wrong" can be about (not a teaching turn). */
    public Optional<RecentTurn> correctable(List<RecentTurn> previous) {
        return previous.stream().findFirst().filter(t -> t.intent() == null || !t.intent().startsWith("Ambient"));
    }

    static boolean sharesWords(String a, String b) {
        Set<String> left = contentWords(a);
        left.retainAll(contentWords(b));
        return !left.isEmpty();
    }


    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ").split("\\s+")) {
            if (!w.isBlank() && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
