package io.ambient.runtime.failure;

import java.util.Locale;

/** The stages a turn can fail at, in the order a turn passes them. */
public enum FailureStage {
    /** no speech reached the recogniser (silence, a cut recording, end of speech heard too early) */
    AUDIO,
    /** the words were misheard, and the misheard words changed the interpretation */
    ASR,
    /** a taught alias or learned rewrite turned right words into wrong ones */
    REWRITE,
    /** the right words were understood as the wrong intent or slots */
    NLU,
    /** the right intent and slots, resolved to the wrong devices */
    RESOLVE,
    /** the right devices, but they did not do it (no confirmation, offline) */
    ACT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
