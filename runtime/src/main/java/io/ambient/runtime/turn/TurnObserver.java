package io.ambient.runtime.turn;

/** Told about every finished turn (metrics, logs). Must not throw and must be quick. */
public interface TurnObserver {
    void finished(Turn turn);

    TurnObserver NONE = turn -> { };
}
