package io.ambient.runtime.dialog;

import io.ambient.teachable.policy.MusicDialog;

import java.util.Objects;

/** Where a dialog session stands: what its next turn answers. */
sealed interface DialogState {

    /** What the next turn is expected to be, as the API shows it ({@code session.expecting}). */
    String expecting();

    /** The preference questions, waiting for the answer to question {@code index}. */
    record Interview(int index, String key) implements DialogState {
        @Override
        public String expecting() {
            return key;
        }
    }

    /** "What did you mean by {@code phrase}?" (said in turn {@code turnId}): the next turn is its meaning. */
    record AskingMeaning(String phrase, String turnId) implements DialogState {
        public AskingMeaning {
            Objects.requireNonNull(phrase, "phrase");
        }

        @Override
        public String expecting() {
            return "meaning";
        }
    }

    /** "Shall I remember that {@code phrase} means {@code meaning}?": the next turn is yes or no. */
    record OfferingRephrase(String phrase, String meaning, String turnId) implements DialogState {
        @Override
        public String expecting() {
            return "yes-no";
        }
    }

    /** "Help me find music": the next turn answers the conversation's pending prompt. */
    record FindingMusic(MusicDialog.Conversation conversation) implements DialogState {
        public FindingMusic {
            Objects.requireNonNull(conversation, "conversation");
        }

        @Override
        public String expecting() {
            return "music:" + conversation.pending().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
