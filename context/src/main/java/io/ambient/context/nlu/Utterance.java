package io.ambient.context.nlu;

import java.util.List;

/**
 * What an {@link IntentScorer} sees of a request.
 *
 * @param text   normalised words ("turn off the kitchen lights")
 * @param masked the same with recognised spans as placeholders ("turn off the {@code <area> <kind:light>}")
 * @param tokens the normalised words one by one
 */
public record Utterance(String text, String masked, List<String> tokens) {
    public Utterance {
        tokens = List.copyOf(tokens);
    }

    public static Utterance of(Analysis a) {
        return new Utterance(a.text(), a.masked(), a.tokens());
    }
}
