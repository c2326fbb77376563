package io.ambient.runtime.cli;

import io.ambient.teachable.policy.ConversationLogFormat;
import io.ambient.teachable.policy.ConversationRecord;
import io.ambient.teachable.policy.ConversationRules;
import io.ambient.teachable.policy.DialogSimulator;
import io.ambient.teachable.policy.ExactPolicyValue;
import io.ambient.teachable.policy.MusicCatalogue;
import io.ambient.teachable.policy.OffPolicyEstimate;
import io.ambient.teachable.policy.OffPolicyEvaluator;
import io.ambient.teachable.policy.Policy;
import io.ambient.teachable.policy.PolicyFile;
import io.ambient.teachable.policy.SimulatedListeners;
import io.ambient.teachable.policy.StoredConversations;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.StoreException;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./ambient policy evaluate|simulate}: off-policy evaluation of a music-dialog policy on logged
 * conversations, and simulated logs (with the simulated listeners' exact policy value) to try it on.
 */
final class PolicyCommand {
    /** Effective sample size under which the estimate is flagged (see docs/benchmarks.md). */
    private static final int SMALL_SAMPLE = 300;

    private PolicyCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        if (argv.length == 0) {
            throw new UsageException("policy needs a subcommand: evaluate or simulate");
        }
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        try {
            return switch (argv[0]) {
                case "evaluate" -> evaluate(new Args(rest, Set.of("log", "store", "policy")), out);
                case "simulate" -> simulate(new Args(rest, Set.of("policy", "out", "conversations", "seed")), out);
                default -> throw new UsageException("unknown policy subcommand '" + argv[0] + "': evaluate or simulate");
            };
        } catch (IllegalArgumentException | UncheckedIOException | StoreException e) {
            out.println("policy " + argv[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private static int simulate(Args args, PrintStream out) {
        Policy policy = PolicyFile.read(Path.of(args.required("policy")));
        Path file = Path.of(args.required("out"));
        int n = Numbers.whole(args.option("conversations").orElse("5000"), "--conversations");
        long seed = Numbers.whole(args.option("seed").orElse("1"), "--seed");
        ConversationRules rules = new ConversationRules(MusicCatalogue.builtIn());
        SimulatedListeners listeners = SimulatedListeners.standard();
        List<ConversationRecord> log = new DialogSimulator(listeners, rules).run(policy, n, seed,
                Instant.parse("2026-05-01T18:00:00Z"));
        ConversationLogFormat.write(file, log);
        double logged = log.stream().mapToDouble(ConversationRecord::reward).average().orElse(0);
        out.printf(Locale.ROOT, "wrote %d simulated conversations run by '%s' to %s; %.1f%% succeeded%n", n,
                policy.name(), file, 100 * logged);
        out.printf(Locale.ROOT, "true success rate of '%s' against the simulated listeners: %.4f (exact)%n",
                policy.name(), new ExactPolicyValue(listeners, rules).value(policy));
        return 0;
    }

    private static int evaluate(Args args, PrintStream out) {
        Policy target = PolicyFile.read(Path.of(args.required("policy")));
        List<ConversationRecord> log;
        if (args.option("log").isPresent()) {
            log = ConversationLogFormat.read(Path.of(args.required("log")));
        } else if (args.option("store").isPresent()) {
            try (JournaledRecordStore store = JournaledRecordStore.open(Path.of(args.required("store")),
                    Clock.systemUTC())) {
                log = new StoredConversations(store).list(store.users());
            }
        } else {
            throw new UsageException("policy evaluate needs --log FILE.jsonl or --store DIR");
        }
        OffPolicyEstimate estimate = new OffPolicyEvaluator().evaluate(log, target);
        print(target, estimate, out);
        return estimate instanceof OffPolicyEstimate.Estimated ? 0 : 1;
    }

    private static void print(Policy target, OffPolicyEstimate estimate, PrintStream out) {
        if (estimate instanceof OffPolicyEstimate.Empty) {
            out.println("the log holds no conversations: nothing to estimate");
            return;
        }
        if (estimate instanceof OffPolicyEstimate.Unsupported u) {
            out.printf(Locale.ROOT, "cannot evaluate '%s' on this log: at %d of the logged prompts (in %d "
                    + "conversations) it would choose what the logging policy never could%n", target.name(),
                    u.unsupportedSteps(), u.conversations());
            out.println("  e.g. " + u.example());
            out.println("  log with a policy that explores every prompt (epsilon > 0 or softmax) first");
            return;
        }
        OffPolicyEstimate.Estimated e = (OffPolicyEstimate.Estimated) estimate;
        out.printf(Locale.ROOT, "estimated success rate of '%s' from %d logged conversations:%n", target.name(),
                e.conversations());
        out.printf(Locale.ROOT, "  IPS    %.4f  (95%% interval %.4f .. %.4f)%n", e.ips(), e.ipsLow(), e.ipsHigh());
        out.printf(Locale.ROOT, "  SNIPS  %.4f  (95%% interval %.4f .. %.4f)%n", e.snips(), e.snipsLow(),
                e.snipsHigh());
        out.printf(Locale.ROOT, "  effective sample size %.0f of %d; %d conversations the target could have had%n",
                e.effectiveSampleSize(), e.conversations(), e.matching());
        out.printf(Locale.ROOT, "  the logging policy itself succeeded in %.4f%n", e.loggedValue());
        if (e.effectiveSampleSize() < SMALL_SAMPLE) {
            // measured: below a few hundred, IPS's normal interval can miss the truth by far; SNIPS holds up better
            out.printf(Locale.ROOT, "  warning: an effective sample size below %d makes IPS and its interval unreliable "
                    + "(trust SNIPS more, or log more conversations with more exploration)%n", SMALL_SAMPLE);
        }
    }
}
