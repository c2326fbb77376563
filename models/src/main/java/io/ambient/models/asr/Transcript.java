package io.ambient.models.asr;

import java.util.List;

/**
 * What the recogniser heard.
 *
 * @param text         the words, lower case; empty when nothing was recognised
 * @param confidence   mean word confidence in [0, 1] (0 when nothing was recognised)
 * @param alternatives other readings, best first, without {@code text} itself
 * @param source       which reading won: {@code biased} (the home's vocabulary) or {@code open}
 * @param audioSeconds how much audio was recognised
 */
public record Transcript(String text, double confidence, List<String> alternatives, String source,
                         double audioSeconds) {
    public Transcript {
        text = text == null ? "" : text.strip();
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
