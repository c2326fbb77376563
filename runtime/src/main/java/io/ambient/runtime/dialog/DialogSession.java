package io.ambient.runtime.dialog;

import io.ambient.runtime.turn.SessionView;

import java.time.Instant;
import java.util.Objects;

/**
 * One open dialog.
 *
 * @param conversation whose turns continue it (see {@link io.ambient.runtime.turn.RecentTurns#conversationKey})
 * @param user         who is being taught about (null: the household)
 * @param question     the question the next turn answers
 * @param expires      when an unanswered question is forgotten
 */
record DialogSession(String id, String conversation, String user, DialogState state, String question,
                     Instant expires) {
    DialogSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(question, "question");
    }

    SessionView view() {
        return new SessionView(id, state.expecting(), question, true);
    }
}
