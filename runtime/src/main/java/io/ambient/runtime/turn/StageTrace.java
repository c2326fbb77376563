package io.ambient.runtime.turn;

import java.util.List;

/**
 * One stage of a turn: what ran, how long it took and what it produced (a short text for people).
 *
 * @param stage        {@code audio}, {@code asr}, {@code context}, {@code nlu}, {@code resolve}, {@code act}
 * @param component    what did the work, with its version ({@code rules@0.1.0}, {@code mqtt})
 * @param confidence   how sure the stage was, when it says ({@code asr}: mean word confidence), or null
 * @param alternatives other outputs the stage considered ({@code asr}: other transcripts), best first
 */
public record StageTrace(String stage, String component, double ms, String output, Double confidence,
                         List<String> alternatives) {
    public StageTrace {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public StageTrace(String stage, String component, double ms, String output) {
        this(stage, component, ms, output, null, List.of());
    }
}
