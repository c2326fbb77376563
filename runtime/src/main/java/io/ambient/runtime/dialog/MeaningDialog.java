package io.ambient.runtime.dialog;

import io.ambient.context.Intents;
import io.ambient.context.Interpretation;
import io.ambient.context.RecentTurn;
import io.ambient.runtime.turn.DialogStage.Reply;
import io.ambient.runtime.turn.SessionView;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnOutcome;
import io.ambient.teachable.moments.StoredMeanings;
import io.ambient.teachable.moments.Replies;
import io.ambient.teachable.moments.TeachableMoments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Teachable moments: after a repeated failure, or "no, that's wrong", ask what the words meant and teach
 * the answer (which is itself handled as a request, so it is done at once); after a rephrase that worked,
 * offer to remember it. A meaning is confirmed only once the store has it.
 */
final class MeaningDialog {
    private static final Logger LOG = LoggerFactory.getLogger(MeaningDialog.class);

    private final DialogSessions sessions;
    private final StoredMeanings book;
    private final TurnFeedback feedback;
    private final TeachableMoments moments = new TeachableMoments();

    /** @param feedback told about a turn its speaker showed was wrong */
    MeaningDialog(DialogSessions sessions, StoredMeanings book, TurnFeedback feedback) {
        this.sessions = sessions;
        this.book = book;
        this.feedback = feedback;
    }

    /** "No, that's wrong": ask what the conversation's last request meant. */
    Optional<Reply> negativeFeedback(String text, String conversation, String user, List<RecentTurn> recent) {
        if (!Replies.isNegativeFeedback(text)) {
            return Optional.empty();
        }
        Optional<RecentTurn> wrong = moments.correctable(recent);
        if (wrong.isEmpty() || conversation == null) {
            return Optional.of(PreferenceDialog.reply(Intents.FEEDBACK_NEGATIVE, Map.of(), TurnOutcome.REJECTED,
                    "Sorry. I have no recent request of yours to correct.", null));
        }
        feedback.wrong(wrong.get().turnId(), null, "no-thats-wrong");
        String phrase = wrong.get().text();
        String question = "What did you mean by \"" + phrase + "\"?";
        DialogSession s = sessions.ask(conversation, user, new DialogState.AskingMeaning(phrase,
                wrong.get().turnId()), question);
        return Optional.of(PreferenceDialog.reply(Intents.FEEDBACK_NEGATIVE, Map.of("phrase", phrase),
                TurnOutcome.CLARIFY, "Sorry about that. " + question, s.view()));
    }

    /** A turn in an "asking meaning" session: never mind ends it; anything else is the meaning, handled as a request. */
    Optional<Reply> beforeMeaning(DialogSession session, String text) {
        if (Replies.isNevermind(text)) {
            sessions.end(session);
            return Optional.of(PreferenceDialog.reply(Intents.TEACH_MEANING, Map.of(), TurnOutcome.EXECUTED,
                    "OK, I won't learn that.", SessionView.ended(session.id())));
        }
        return Optional.empty();
    }

    /**
     * A turn in a "shall I remember" session: yes teaches, no ends it; anything else is a new request, and
     * {@link #afterTurn} ends the session.
     */
    Optional<Reply> beforeRephrase(DialogSession session, DialogState.OfferingRephrase offer, String text) {
        if (Replies.isYes(text)) {
            sessions.end(session);
            feedback.wrong(offer.turnId(), null, "rephrase");
            Optional<String> failure = teach(session.user(), offer.phrase(), offer.meaning());
            return Optional.of(PreferenceDialog.reply(Intents.TEACH_MEANING, slots(offer.phrase(), offer.meaning()),
                    failure.isPresent() ? TurnOutcome.FAILED : TurnOutcome.EXECUTED,
                    failure.orElse(learned(offer.phrase(), offer.meaning())), SessionView.ended(session.id())));
        }
        if (Replies.isNo(text) || Replies.isNevermind(text)) {
            sessions.end(session);
            return Optional.of(PreferenceDialog.reply(Intents.TEACH_MEANING, Map.of(), TurnOutcome.EXECUTED,
                    "OK, I won't.", SessionView.ended(session.id())));
        }
        return Optional.empty();
    }

    /** The answer to "what did you mean by ...?" was handled as a request: teach it if it was understood. */
    Turn afterMeaning(DialogSession session, DialogState.AskingMeaning asking, Turn turn) {
        sessions.end(session);
        String meaning = turn.request().text().strip();
        if (turn.interpretation() instanceof Interpretation.Clarify) {
            // "which one?": the answer was not a whole request, so there is nothing to teach yet
            return turn.answered(turn.response(), SessionView.ended(session.id()));
        }
        if (!(turn.interpretation() instanceof Interpretation.Resolved)) {
            return turn.answered(turn.response() + " I didn't understand that either, so I haven't learned anything.",
                    SessionView.ended(session.id()));
        }
        if (Replies.sameWords(meaning, asking.phrase())) {
            return turn.answered(turn.response(), SessionView.ended(session.id()));
        }
        feedback.wrong(asking.turnId(), (Interpretation.Resolved) turn.interpretation(), "teaching");
        Optional<String> failure = teach(session.user(), asking.phrase(), meaning);
        String said = failure.orElse(learned(asking.phrase(), meaning));
        return turn.answered(said + " " + turn.response(), SessionView.ended(session.id()));
    }

    /** After an ordinary turn: offer to learn if it is a teachable moment. */
    Turn afterTurn(Turn turn, String conversation, String user, List<RecentTurn> recent) {
        if (conversation == null) {
            return turn;
        }
        // an offer the speaker did not take up ends here; a dialogue manager is told so with this answer
        Optional<DialogSession> unanswered = sessions.current(conversation);
        unanswered.ifPresent(sessions::end);
        Optional<TeachableMoments.Offer> offer = moments.after(turn.request().text(), turn.outcome().wire(), recent);
        if (offer.isEmpty()) {
            return unanswered.map(s -> turn.answered(turn.response(), SessionView.ended(s.id()))).orElse(turn);
        }
        if (offer.get() instanceof TeachableMoments.Offer.AskMeaning ask) {
            String question = "What did you mean by \"" + ask.phrase() + "\"?";
            DialogSession s = sessions.ask(conversation, user, new DialogState.AskingMeaning(ask.phrase(),
                    ask.turnId()), question);
            return turn.answered(turn.response() + " " + question, s.view());
        }
        TeachableMoments.Offer.RememberRephrase r = (TeachableMoments.Offer.RememberRephrase) offer.get();
        String question = "Shall I remember that \"" + r.phrase() + "\" means the same?";
        DialogSession s = sessions.ask(conversation, user, new DialogState.OfferingRephrase(r.phrase(), r.meaning(),
                r.turnId()), question);
        return turn.answered(turn.response() + " " + question, s.view());
    }

    private Optional<String> teach(String user, String phrase, String meaning) {
        try {
            book.teach(user, phrase, meaning);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("could not store the meaning of \"{}\" for {}", phrase, user, e);
            return Optional.of("I couldn't store that, so I haven't learned it: " + e.getMessage() + ".");
        }
    }

    private static String learned(String phrase, String meaning) {
        return "Got it: from now on \"" + phrase + "\" means \"" + meaning + "\".";
    }

    private static Map<String, Object> slots(String phrase, String meaning) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phrase", phrase);
        m.put("meaning", meaning);
        return m;
    }
}
