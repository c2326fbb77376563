package io.ambient.teachable.policy;

import java.util.Optional;

/**
 * How a music conversation moves on, shared by the live dialog, the simulator and the exact evaluator so that
 * all three play the same game: a question's answer settles its attribute; a turned-down suggestion is never
 * suggested again; an accepted suggestion ends in success; quitting, running out of tracks or reaching
 * {@link #MAX_PROMPTS} ends in failure.
 */
public final class ConversationRules {
    /** Prompts after which the dialog stops asking and the conversation counts as failed. */
    public static final int MAX_PROMPTS = 6;

    private final MusicCatalogue catalogue;

    public ConversationRules(MusicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public MusicCatalogue catalogue() {
        return catalogue;
    }

    /** The track a suggestion in this state would offer; empty when every track was turned down. */
    public Optional<MusicTrack> suggestion(DialogState state) {
        return catalogue.suggest(state.known(), state.rejected());
    }

    /** True when the dialog may not prompt again. */
    public boolean outOfPrompts(DialogState state) {
        return state.turn() >= MAX_PROMPTS;
    }

    /**
     * The state after a non-final response; empty when the response ended the conversation (accept or quit).
     *
     * @throws IllegalArgumentException the response does not fit the action (an answer to a suggestion, say)
     */
    public Optional<DialogState> next(DialogState state, DialogAction action, ListenerResponse response) {
        if (response instanceof ListenerResponse.Accept || response instanceof ListenerResponse.Quit) {
            return Optional.empty();
        }
        if (response instanceof ListenerResponse.Answer answer && action.asks().isPresent()) {
            return Optional.of(state.answered(action.asks().get(), answer.value()));
        }
        if (response instanceof ListenerResponse.Reject && action == DialogAction.SUGGEST) {
            MusicTrack track = suggestion(state).orElseThrow(() ->
                    new IllegalArgumentException("a suggestion was turned down but there was none to make"));
            return Optional.of(state.turnedDown(track));
        }
        throw new IllegalArgumentException(response + " does not answer " + action);
    }
}
