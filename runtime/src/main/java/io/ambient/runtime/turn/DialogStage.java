package io.ambient.runtime.turn;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.Interpretation;

import java.util.Objects;
import java.util.Optional;

/**
 * Conversations that span turns (teaching dialogs), around the pipeline's understanding: {@link #before}
 * may answer a turn itself (an answer to the dialog's question, a stated preference); {@link #after} may
 * add to a handled turn's answer (an offer to learn after a failure). Only turns that act are offered.
 */
public interface DialogStage {

    /** A turn the dialog answered itself: understanding and acting are skipped. */
    record Reply(Interpretation interpretation, TurnOutcome outcome, String response, SessionView session) {
        public Reply {
            Objects.requireNonNull(interpretation, "interpretation");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(response, "response");
        }
    }

    Optional<Reply> before(TurnRequest request, ContextSnapshot context);

    /** The turn as it should be answered, possibly with more to say and a session opened or ended. */
    Turn after(Turn turn, ContextSnapshot context);

    /** No dialogs: every turn goes through understanding unchanged. */
    DialogStage NONE = new DialogStage() {
        @Override
        public Optional<Reply> before(TurnRequest request, ContextSnapshot context) {
            return Optional.empty();
        }

        @Override
        public Turn after(Turn turn, ContextSnapshot context) {
            return turn;
        }
    };
}
