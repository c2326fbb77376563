package io.ambient.models.head;

/** Receives progress from {@link HeadTrainer}, on the training thread, once per epoch. */
@FunctionalInterface
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = progress -> { };

    void epochFinished(EpochProgress progress);
}
