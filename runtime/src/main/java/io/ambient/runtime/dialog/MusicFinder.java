package io.ambient.runtime.dialog;

import io.ambient.context.Intents;
import io.ambient.runtime.turn.DialogStage.Reply;
import io.ambient.runtime.turn.SessionView;
import io.ambient.runtime.turn.TurnOutcome;
import io.ambient.teachable.policy.ConversationRecord;
import io.ambient.teachable.policy.MusicDialog;
import io.ambient.teachable.policy.MusicTrack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Help me find music" as a dialog session: each turn answers the pending prompt of a
 * {@link MusicDialog.Conversation} kept in the session; the finished conversation, with every prompt's
 * propensity, goes to the conversation log (the teachable store) for offline policy evaluation.
 */
final class MusicFinder {
    private static final Logger LOG = LoggerFactory.getLogger(MusicFinder.class);

    private final DialogSessions sessions;
    private final MusicDialog dialog;
    private final Consumer<ConversationRecord> log;

    MusicFinder(DialogSessions sessions, MusicDialog dialog, Consumer<ConversationRecord> log) {
        this.sessions = sessions;
        this.dialog = dialog;
        this.log = log;
    }

    /** "help me find music": the first prompt; empty for any other words. */
    Optional<Reply> start(String text, String conversation, String user) {
        if (!MusicDialog.starts(text)) {
            return Optional.empty();
        }
        if (conversation == null) {
            return Optional.of(PreferenceDialog.reply(Intents.FIND_MUSIC, Map.of(), TurnOutcome.REJECTED,
                    "I can only ask questions when I know where you are or who you are: give a site or a user.", null));
        }
        MusicDialog.Step step = dialog.start(UUID.randomUUID().toString(), user == null ? "" : user);
        return Optional.of(reply(step, conversation, user, null));
    }

    /** The answer to the session's pending prompt. */
    Reply answer(DialogSession session, DialogState.FindingMusic state, String text) {
        return reply(dialog.reply(state.conversation(), text), session.conversation(), session.user(), session);
    }

    private Reply reply(MusicDialog.Step step, String conversation, String user, DialogSession open) {
        if (step instanceof MusicDialog.Step.Prompt prompt) {
            DialogSession s = sessions.ask(conversation, user, new DialogState.FindingMusic(prompt.conversation()),
                    prompt.say());
            return PreferenceDialog.reply(Intents.FIND_MUSIC, Map.of(), TurnOutcome.CLARIFY, prompt.say(), s.view());
        }
        MusicDialog.Step.Finished done = (MusicDialog.Step.Finished) step;
        try {
            log.accept(done.record());
        } catch (RuntimeException e) {
            // the listener's music matters more than the log: answer anyway, and say in the log what was lost
            LOG.warn("could not log music conversation {}", done.record().id(), e);
        }
        SessionView ended = null;
        if (open != null) {
            sessions.end(open);
            ended = SessionView.ended(open.id());
        }
        return PreferenceDialog.reply(Intents.FIND_MUSIC, done.track().map(MusicFinder::slots).orElse(Map.of()),
                TurnOutcome.EXECUTED, done.say(), ended);
    }

    private static Map<String, Object> slots(MusicTrack track) {
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("search_query", track.title());
        slots.put("artist", track.artist());
        slots.put("genre", track.genre());
        slots.put("media_class", "music");
        return slots;
    }
}
