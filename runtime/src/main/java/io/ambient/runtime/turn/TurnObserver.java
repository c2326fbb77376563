package io.ambient.runtime.turn;

import org.slf4j.LoggerFactory;

import java.util.List;

/** Told about every finished turn (metrics, logs). Must not throw and must be quick. */
public interface TurnObserver {
    void finished(Turn turn);

    TurnObserver NONE = turn -> { };

    /** Tells each observer in order; one that throws is logged and the others are still told. */
    static TurnObserver all(List<TurnObserver> observers) {
        List<TurnObserver> copy = List.copyOf(observers);
        return turn -> {
            for (TurnObserver o : copy) {
                try {
                    o.finished(turn);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(TurnObserver.class).warn("turn observer {} failed on turn {}", o, turn.id(), e);
                }
            }
        };
    }
}
