package io.ambient.runtime.teach;

import java.util.List;

/** A teaching command as said, before anything is looked up or stored. */
public sealed interface TeachingCommand {

    /** True when it was said for everyone ("when anyone says ...", "... for everyone"). */
    boolean household();

    /** "when I say {phrase}, {steps}". */
    record TeachPhrase(String phrase, List<String> steps, boolean household) implements TeachingCommand {
        public TeachPhrase {
            steps = List.copyOf(steps);
        }
    }

    /** "call {the reading lamp} {lumos}": the words after "call", to be split into device and alias. */
    record TeachAlias(List<String> words, boolean household) implements TeachingCommand {
        public TeachAlias {
            words = List.copyOf(words);
        }
    }

    /** "forget {movie time}". */
    record Forget(String what, boolean household) implements TeachingCommand { }
}
