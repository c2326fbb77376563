package io.ambient.runtime.dialog;

import io.ambient.context.ContextSnapshot;
import io.ambient.runtime.turn.DialogStage;
import io.ambient.runtime.turn.RecentTurns;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.teachable.moments.StoredMeanings;
import io.ambient.teachable.policy.ConversationRecord;
import io.ambient.teachable.policy.MusicDialog;
import io.ambient.teachable.preferences.StoredPreferences;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pipeline's dialog stage: continues the conversation's open session if there is one, else starts the
 * preference questions, stores a stated preference or takes "no, that's wrong"; after an ordinary turn,
 * offers to learn when the turn is a teachable moment.
 */
public final class TeachingDialogs implements DialogStage {
    private final DialogSessions sessions;
    private final PreferenceDialog preferences;
    private final MeaningDialog meanings;
    private final Optional<MusicFinder> music;

    /** @param feedback told about a turn its speaker showed was wrong */
    public TeachingDialogs(DialogSessions sessions, StoredPreferences preferenceBook, StoredMeanings meaningBook,
                           TurnFeedback feedback) {
        this(sessions, preferenceBook, meaningBook, feedback, null, null);
    }

    /**
     * With the "help me find music" dialog.
     *
     * @param musicDialog     the music dialog and its policy, or null for none
     * @param conversationLog where finished music conversations are logged (with their propensities)
     */
    public TeachingDialogs(DialogSessions sessions, StoredPreferences preferenceBook, StoredMeanings meaningBook,
                           TurnFeedback feedback, MusicDialog musicDialog,
                           Consumer<ConversationRecord> conversationLog) {
        this.sessions = sessions;
        this.preferences = new PreferenceDialog(sessions, preferenceBook);
        this.meanings = new MeaningDialog(sessions, meaningBook, feedback);
        this.music = musicDialog == null ? Optional.empty()
                : Optional.of(new MusicFinder(sessions, musicDialog, conversationLog));
    }

    @Override
    public Optional<Reply> before(TurnRequest request, ContextSnapshot context) {
        String conversation = conversation(request);
        Optional<DialogSession> open = sessions.current(conversation);
        if (open.isPresent()) {
            DialogSession s = open.get();
            if (s.state() instanceof DialogState.Interview interview) {
                return Optional.of(preferences.answer(s, interview, request.text()));
            }
            if (s.state() instanceof DialogState.FindingMusic finding && music.isPresent()) {
                return Optional.of(music.get().answer(s, finding, request.text()));
            }
            if (s.state() instanceof DialogState.AskingMeaning) {
                Optional<Reply> r = meanings.beforeMeaning(s, request.text());
                if (r.isPresent()) {
                    return r;
                }
                // a stated preference or "learn my preferences" is not a meaning: it ends the question
                Optional<Reply> other = preferences.start(request.text(), conversation, context.user());
                other.ifPresent(reply -> sessions.end(s));
                return other;
            }
            Optional<Reply> r = meanings.beforeRephrase(s, (DialogState.OfferingRephrase) s.state(), request.text());
            if (r.isPresent()) {
                return r;
            }
        }
        Optional<Reply> r = meanings.negativeFeedback(request.text(), conversation, context.user(),
                context.recentTurns());
        if (r.isEmpty() && music.isPresent()) {
            r = music.get().start(request.text(), conversation, context.user());
        }
        return r.isPresent() ? r : preferences.start(request.text(), conversation, context.user());
    }

    @Override
    public Turn after(Turn turn, ContextSnapshot context) {
        String conversation = conversation(turn.request());
        Optional<DialogSession> open = sessions.current(conversation);
        if (open.isPresent() && open.get().state() instanceof DialogState.AskingMeaning asking) {
            return meanings.afterMeaning(open.get(), asking, turn);
        }
        return meanings.afterTurn(turn, conversation, context.user(), context.recentTurns());
    }

    private static String conversation(TurnRequest request) {
        return RecentTurns.conversationKey(request.site(), request.user());
    }
}
