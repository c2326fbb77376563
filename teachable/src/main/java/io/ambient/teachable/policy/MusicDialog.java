package io.ambient.teachable.policy;

import io.ambient.context.nlu.Normalizer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The "help me find music" dialog as a plain state machine: each prompt (a question or a suggestion) is chosen
 * by a {@link Policy}, drawn at random from the policy's distribution and logged with its propensity; the
 * conversation ends when a suggestion is taken (success), or when the listener stops, the catalogue runs out or
 * {@link ConversationRules#MAX_PROMPTS} prompts were made (failure), with a {@link ConversationRecord} to log.
 *
 * <p>A {@link Conversation} is an immutable value: the caller (a dialog session) keeps it between turns and
 * passes it back with the next reply. Thread-safe.
 */
public final class MusicDialog {
    /** The exploring policy the runtime logs with by default: genre first, then suggest; 20% exploration. */
    public static final Policy DEFAULT_POLICY = new RankedPolicy("explore-genre-first", 0.2,
            List.of(DialogAction.ASK_GENRE, DialogAction.ASK_ENERGY, DialogAction.SUGGEST),
            List.of(DialogAction.ASK_ERA, DialogAction.SUGGEST));

    private static final List<String> START = List.of("help me find music", "help me find some music",
            "find me some music", "find me music", "recommend some music", "recommend me some music",
            "suggest some music", "what should i listen to");

    /** A conversation in progress: the state, the prompts so far, and the prompt now awaiting an answer. */
    public record Conversation(String id, String user, Instant started, String policy, DialogState state,
                               List<ConversationStep> steps, DialogAction pending) {
        public Conversation {
            steps = List.copyOf(steps);
        }
    }

    /** What the dialog says next. */
    public sealed interface Step {
        String say();

        /** A prompt; the conversation waits for the answer. */
        record Prompt(Conversation conversation, String say) implements Step {
        }

        /** The conversation is over; {@code record} is what to log. */
        record Finished(ConversationRecord record, Optional<MusicTrack> track, String say) implements Step {
        }
    }

    private final Policy policy;
    private final ConversationRules rules;
    private final Random random;
    private final Clock clock;

    public MusicDialog(Policy policy, ConversationRules rules, Random random, Clock clock) {
        this.policy = policy;
        this.rules = rules;
        this.random = random;
        this.clock = clock;
    }

    /** True when the words ask for this dialog ("help me find music"). */
    public static boolean starts(String text) {
        String said = Normalizer.normalize(text).text();
        return START.stream().anyMatch(said::equals);
    }

    public Step start(String id, String user) {
        return prompt(id, user, clock.instant(), DialogState.start(), List.of(), "");
    }

    /** The listener's answer to the conversation's pending prompt. */
    public Step reply(Conversation c, String text) {
        Optional<ListenerResponse> read = MusicReplies.read(c.pending(), text);
        if (read.isEmpty()) {
            return new Step.Prompt(c, "Sorry, I didn't catch that. " + promptText(c.pending(), c.state()));
        }
        ListenerResponse response = read.get();
        if (response instanceof ListenerResponse.Accept) {
            MusicTrack track = rules.suggestion(c.state()).orElseThrow();
            return finished(c, true, Optional.of(track), "Great, " + describe(track) + " it is.");
        }
        if (response instanceof ListenerResponse.Quit) {
            return finished(c, false, Optional.empty(), "OK, no music for now.");
        }
        DialogState next = rules.next(c.state(), c.pending(), response).orElseThrow();
        String ack = response instanceof ListenerResponse.Reject ? "OK, something else. " : "Got it. ";
        return prompt(c.id(), c.user(), c.started(), next, c.steps(), ack);
    }

    private Step prompt(String id, String user, Instant started, DialogState state, List<ConversationStep> steps,
                        String prefix) {
        Conversation sofar = new Conversation(id, user, started, policy.name(), state, steps, null);
        if (rules.outOfPrompts(state)) {
            return finished(sofar, false, Optional.empty(), prefix + "I'm out of ideas for now; ask me again later.");
        }
        ActionDistribution distribution = policy.distribution(state.features());
        DialogAction action = distribution.sample(random);
        if (action == DialogAction.SUGGEST && rules.suggestion(state).isEmpty()) {
            return finished(sofar, false, Optional.empty(), prefix + "I've run out of tracks to suggest.");
        }
        List<ConversationStep> logged = new ArrayList<>(steps);
        logged.add(ConversationStep.taken(state.features(), action, distribution));
        Conversation c = new Conversation(id, user, started, policy.name(), state, logged, action);
        return new Step.Prompt(c, prefix + promptText(action, state));
    }

    private Step finished(Conversation c, boolean success, Optional<MusicTrack> track, String say) {
        ConversationRecord record = new ConversationRecord(c.id(), c.started(), c.user(), c.policy(), c.steps(),
                success);
        return new Step.Finished(record, track, say);
    }

    private String promptText(DialogAction action, DialogState state) {
        return switch (action) {
            case ASK_ENERGY -> "Something laid back or upbeat?";
            case ASK_GENRE -> "Which genre: jazz, rock, pop, electronic, classical or folk?";
            case ASK_ERA -> "From the seventies, the nineties or the 2010s?";
            case SUGGEST -> "How about " + describe(rules.suggestion(state).orElseThrow()) + "? More like this?";
        };
    }

    private static String describe(MusicTrack track) {
        return "'" + track.title() + "' by " + track.artist();
    }
}
