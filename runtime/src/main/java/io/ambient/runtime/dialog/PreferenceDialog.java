package io.ambient.runtime.dialog;

import io.ambient.context.Intents;
import io.ambient.context.Interpretation;
import io.ambient.context.Slots;
import io.ambient.runtime.turn.DialogStage.Reply;
import io.ambient.runtime.turn.SessionView;
import io.ambient.runtime.turn.TurnOutcome;
import io.ambient.teachable.preferences.StoredPreferences;
import io.ambient.teachable.preferences.PreferenceQuestions;
import io.ambient.teachable.preferences.PreferenceQuestions.Answer;
import io.ambient.teachable.preferences.PreferenceQuestions.Question;
import io.ambient.teachable.preferences.PreferenceStatement;
import io.ambient.teachable.preferences.PreferenceStatements;
import io.ambient.teachable.preferences.Reading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Preferences in conversation: "learn my preferences" asks the catalogue's questions one per turn, each
 * answer read, stored and confirmed before the next question; a preference stated at any time ("I'm a
 * Warriors fan") is stored and confirmed. Nothing is confirmed before the store has it.
 */
final class PreferenceDialog {
    private static final Logger LOG = LoggerFactory.getLogger(PreferenceDialog.class);

    private final DialogSessions sessions;
    private final StoredPreferences book;
    private final PreferenceQuestions questions = new PreferenceQuestions();
    private final PreferenceStatements statements = new PreferenceStatements();

    PreferenceDialog(DialogSessions sessions, StoredPreferences book) {
        this.sessions = sessions;
        this.book = book;
    }

    /** "learn my preferences", or a stated preference; empty for anything else. */
    Optional<Reply> start(String text, String conversation, String user) {
        if (questions.startsDialog(text)) {
            if (conversation == null) {
                return Optional.of(reply(Intents.LEARN_PREFERENCES, Map.of(), TurnOutcome.REJECTED,
                        "I can only ask questions when I know where you are or who you are: give a site or a user.",
                        null));
            }
            Question first = questions.at(0).orElseThrow();
            DialogSession s = sessions.ask(conversation, user, new DialogState.Interview(0, first.key()),
                    first.prompt());
            return Optional.of(reply(Intents.LEARN_PREFERENCES, Map.of(), TurnOutcome.CLARIFY,
                    "Let's learn your preferences; say skip to pass a question or stop to finish. " + first.prompt(),
                    s.view()));
        }
        return statements.read(text).map(r -> stated(r, user));
    }

    private Reply stated(Reading reading, String user) {
        if (reading instanceof Reading.Unclear u) {
            return reply(Intents.STATE_PREFERENCE, Map.of("key", u.key()), TurnOutcome.REJECTED, u.reason(), null);
        }
        PreferenceStatement st = ((Reading.Understood) reading).statement();
        Optional<String> failure = store(user, st);
        if (failure.isPresent()) {
            return reply(Intents.STATE_PREFERENCE, slots(st), TurnOutcome.FAILED, failure.get(), null);
        }
        return reply(Intents.STATE_PREFERENCE, slots(st), TurnOutcome.EXECUTED,
                "Got it, " + st.describe() + ".", null);
    }

    /** The answer to the session's current question. */
    Reply answer(DialogSession session, DialogState.Interview state, String text) {
        Question asked = questions.at(state.index()).orElseThrow();
        Answer a = questions.read(asked, text);
        if (a instanceof Answer.Stop) {
            sessions.end(session);
            return reply(Intents.LEARN_PREFERENCES, Map.of(), TurnOutcome.EXECUTED,
                    "OK, that's enough for now. I'll remember what you told me.", SessionView.ended(session.id()));
        }
        if (a instanceof Answer.Unclear u) {
            DialogSession again = sessions.ask(session.conversation(), session.user(), state, asked.prompt());
            return reply(Intents.LEARN_PREFERENCES, Map.of("key", asked.key()), TurnOutcome.CLARIFY,
                    u.reason() + " " + asked.prompt(), again.view());
        }
        String said = "OK, skipped.";
        Map<String, Object> slots = Map.of("key", asked.key());
        String intent = Intents.LEARN_PREFERENCES;
        if (a instanceof Answer.Value v) {
            Optional<String> failure = store(session.user(), v.statement());
            if (failure.isPresent()) {
                DialogSession again = sessions.ask(session.conversation(), session.user(), state, asked.prompt());
                return reply(Intents.STATE_PREFERENCE, slots(v.statement()), TurnOutcome.FAILED,
                        failure.get() + " " + asked.prompt(), again.view());
            }
            said = "Got it, " + v.statement().describe() + ".";
            slots = slots(v.statement());
            intent = Intents.STATE_PREFERENCE;
        }
        return next(session, state.index() + 1, intent, slots, said);
    }

    private Reply next(DialogSession session, int index, String intent, Map<String, Object> slots, String said) {
        Optional<Question> next = questions.at(index);
        if (next.isEmpty()) {
            sessions.end(session);
            return reply(intent, slots, TurnOutcome.EXECUTED,
                    said + " That was my last question; thank you.", SessionView.ended(session.id()));
        }
        DialogSession s = sessions.ask(session.conversation(), session.user(),
                new DialogState.Interview(index, next.get().key()), next.get().prompt());
        return reply(intent, slots, TurnOutcome.CLARIFY, said + " " + next.get().prompt(), s.view());
    }

    private Optional<String> store(String user, PreferenceStatement st) {
        try {
            book.remember(user, st);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("could not store preference {} for {}", st, user, e);
            return Optional.of("I couldn't store that, so I haven't learned it: " + e.getMessage() + ".");
        }
    }

    private static Map<String, Object> slots(PreferenceStatement st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", st.key());
        m.put("value", st.value());
        return m;
    }

    static Reply reply(String intent, Map<String, Object> slots, TurnOutcome outcome, String response,
                       SessionView session) {
        Interpretation i = new Interpretation.Resolved(intent, Slots.of(slots), List.of(), 1.0, List.of());
        return new Reply(i, outcome, response, session);
    }
}
