package io.ambient.runtime.dialog;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open dialogs, one per conversation at most, in memory: a question left unanswered for longer than the
 * follow-up window is forgotten, and the next turn is an ordinary one. Thread-safe.
 */
public final class DialogSessions {
    private final Clock clock;
    private final Duration window;
    private final Map<String, DialogSession> byConversation = new ConcurrentHashMap<>();

    public DialogSessions(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    Optional<DialogSession> current(String conversation) {
        if (conversation == null) {
            return Optional.empty();
        }
        DialogSession s = byConversation.get(conversation);
        if (s != null && s.expires().isBefore(clock.instant())) {
            byConversation.remove(conversation, s);
            return Optional.empty();
        }
        return Optional.ofNullable(s);
    }

    /** Opens a session, or moves the conversation's open one on to its next question (keeping its id). */
    DialogSession ask(String conversation, String user, DialogState state, String question) {
        String id = current(conversation).map(DialogSession::id).orElseGet(() -> UUID.randomUUID().toString());
        DialogSession s = new DialogSession(id, conversation, user, state, question, clock.instant().plus(window));
        byConversation.put(conversation, s);
        return s;
    }

    void end(DialogSession session) {
        byConversation.remove(session.conversation(), session);
    }
}
