package io.ambient.runtime.turn;

import java.util.function.Supplier;

/**
 * Where a turn gets its understanding. {@link #acquire()} holds the stage for the length of one turn's
 * understanding, so a model swapped out meanwhile is closed only after the turn let go of it.
 */
@FunctionalInterface
public interface UnderstandingSource extends Supplier<UnderstandingStage> {

    /** A stage held for one turn; closing returns it. */
    interface Lease extends AutoCloseable {
        UnderstandingStage stage();

        @Override
        void close();
    }

    /** Without reference counting (a stage with no native resources): the current stage, nothing to return. */
    default Lease acquire() {
        UnderstandingStage stage = get();
        return new Lease() {
            @Override
            public UnderstandingStage stage() {
                return stage;
            }

            @Override
            public void close() {
            }
        };
    }
}
