package io.ambient.runtime.learning;

import io.ambient.context.Interpretation;
import io.ambient.devices.HomeStateSource;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnObserver;
import io.ambient.teachable.rephrase.RephraseStore;
import io.ambient.teachable.store.Interaction;
import io.ambient.teachable.store.InteractionLog;
import io.ambient.teachable.store.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes every turn that acted on a request to its speaker's interaction log (the household's when nobody in
 * particular spoke), in the background through the {@link LearningQueue}: the words as heard (and, when the
 * rewrite stage changed them, what was understood), the turn's time from the pipeline's clock, its outcome as the
 * API spells it, site, intent, confidence and the rewrite or taught phrase it used. Teaching and dialog-answer
 * turns are not requests and are left out; so are interpret-only turns and failure-point replays.
 *
 * <p>{@link #markWrong} records what was learned about a turn afterwards, in the details
 * {@link RephraseStore} reads: {@code feedback=negative} ("no, that's wrong", {@code POST /api/turns/{id}/feedback}),
 * {@code undone=true} (feedback source {@code undo}), {@code interrupted=true} (source {@code interrupted} or
 * {@code barge-in}).
 */
public final class InteractionRecorder implements TurnObserver {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRecorder.class);
    /** Turns that talk about teaching or answer a dialog: not requests to learn rewrites from. */
    private static final Set<String> NOT_REQUESTS = Set.of("AmbientFeedbackNegative", "AmbientForget",
            "AmbientTeachAlias", "AmbientTeachPhrase", "AmbientTeachMeaning", "AmbientLearnPreferences",
            "AmbientStatePreference", "AmbientFindMusic");

    private final InteractionLog log;
    private final HomeStateSource home;
    private final LearningQueue queue;
    private final Consumer<UserId> afterLogged;

    /** @param afterLogged told (on the learning thread) after each turn was written, with its user */
    public InteractionRecorder(InteractionLog log, HomeStateSource home, LearningQueue queue,
                               Consumer<UserId> afterLogged) {
        this.log = log;
        this.home = home;
        this.queue = queue;
        this.afterLogged = afterLogged;
    }

    @Override
    public void finished(Turn turn) {
        if (!logs(turn)) {
            return;
        }
        Interaction interaction;
        try {
            interaction = interaction(turn);
        } catch (RuntimeException e) {
            LOG.warn("learning: turn {} not logged: {}", turn.id(), e.getMessage());
            return;
        }
        queue.submit("log turn " + turn.id(), () -> {
            log.append(interaction);
            afterLogged.accept(interaction.user());
        });
    }

    /**
     * Marks a logged turn as judged wrong.
     *
     * @param source who said so: {@code undo}, {@code interrupted} / {@code barge-in}, anything else is negative
     *               feedback
     */
    public void markWrong(Turn turn, String source) {
        if (!logs(turn)) {
            return;
        }
        Map<String, String> detail = switch (source) {
            case "undo", "undone" -> Map.of(RephraseStore.UNDONE, "true");
            case "interrupted", "interrupt", "barge-in" -> Map.of(RephraseStore.INTERRUPTED, "true");
            default -> Map.of(RephraseStore.FEEDBACK, RephraseStore.NEGATIVE, "feedback_source", source);
        };
        UserId user = userOf(turn);
        queue.submit("mark turn " + turn.id() + " " + detail, () -> {
            if (!log.addDetails(user, turn.at(), turn.id(), detail)) {
                LOG.info("learning: turn {} is not in {}'s log (pruned?); {} not recorded", turn.id(), user, detail);
            }
        });
    }

    static boolean logs(Turn turn) {
        if (!turn.request().act()) {
            return false;
        }
        Optional<String> intent = intentOf(turn.interpretation());
        return intent.isEmpty() || !NOT_REQUESTS.contains(intent.get());
    }

    Interaction interaction(Turn turn) {
        Interpretation i = turn.interpretation();
        Map<String, String> details = new LinkedHashMap<>();
        for (String signal : i.contextUsed()) {
            if (signal.startsWith("rewrite:")) {
                details.put("rewrite", signal.substring("rewrite:".length()));
            } else if (signal.startsWith("taught-phrase:")) {
                details.put("taught_phrase", signal.substring("taught-phrase:".length()));
            }
        }
        double confidence = i instanceof Interpretation.Resolved r ? r.confidence()
                : i instanceof Interpretation.Clarify c ? c.confidence() : 0;
        return new Interaction(userOf(turn), turn.id(), turn.at(), turn.request().site(),
                turn.rewritten() ? turn.understoodText() : turn.request().text(),
                turn.rewritten() ? turn.request().text() : null, intentOf(i).orElse(null), turn.outcome().wire(),
                confidence, details);
    }

    private UserId userOf(Turn turn) {
        try {
            return turn.request().speaker(home.current()).map(UserId::of).orElse(UserId.HOUSEHOLD);
        } catch (IllegalArgumentException e) {
            return UserId.HOUSEHOLD; // a user name the store cannot keep: the household's log
        }
    }

    private static Optional<String> intentOf(Interpretation i) {
        if (i instanceof Interpretation.Resolved r) {
            return Optional.of(r.intent());
        }
        return i instanceof Interpretation.Clarify c ? Optional.ofNullable(c.intent()) : Optional.empty();
    }
}
