package io.ambient.runtime.cli;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.teachable.rephrase.EmbeddingCache;
import io.ambient.teachable.rephrase.InteractionLogException;
import io.ambient.teachable.rephrase.InteractionLogFormat;
import io.ambient.teachable.rephrase.InteractionRecord;
import io.ambient.teachable.rephrase.MinedRewrite;
import io.ambient.teachable.rephrase.MiningSettings;
import io.ambient.teachable.rephrase.RephraseDetector;
import io.ambient.teachable.rephrase.RephraseSimilarity;
import io.ambient.teachable.rephrase.RephraseStore;
import io.ambient.teachable.rephrase.ReplayReport;
import io.ambient.teachable.rephrase.RewriteMining;
import io.ambient.teachable.rephrase.RewriteScope;
import io.ambient.teachable.rephrase.SyntheticInteractionLog;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.StoreException;
import io.ambient.teachable.store.TeachableBooks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./ambient rewrites mine|generate}: mines rewrites from an interaction log (a JSON Lines file or the
 * teachable store) and judges them on the log's held-back end; writes a synthetic log to try it on.
 */
final class RewritesCommand {
    private static final int LISTED_LOSSES = 10;

    private RewritesCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        if (argv.length == 0) {
            throw new UsageException("rewrites needs a subcommand: mine, generate or bench");
        }
        String[] rest = Arrays.copyOfRange(argv, 1, argv.length);
        return switch (argv[0]) {
            case "mine" -> mine(new Args(rest, Set.of("log", "store", "holdout", "encoder")), out);
            case "generate" -> generate(new Args(rest, Set.of("out", "seed", "entries")), out);
            case "bench" -> RewriteBenchCommand.run(rest, out);
            default -> throw new UsageException("unknown rewrites subcommand '" + argv[0]
                    + "': mine, generate or bench");
        };
    }

    private static int generate(Args args, PrintStream out) {
        Path file = Path.of(args.required("out"));
        int entries = Numbers.whole(args.option("entries").orElse("3000"), "--entries");
        long seed = Numbers.whole(args.option("seed").orElse("7"), "--seed");
        try {
            InteractionLogFormat.write(file, SyntheticInteractionLog.generate(seed, entries,
                    Instant.parse("2026-05-01T06:00:00Z")));
        } catch (InteractionLogException e) {
            out.println("rewrites generate: " + e.getMessage());
            return 1;
        }
        out.println("wrote " + entries + " interactions of a simulated household (seed " + seed + ") to " + file);
        return 0;
    }

    private static int mine(Args args, PrintStream out) {
        double holdout = Numbers.fraction(args.option("holdout").orElse("0.3"), "--holdout");
        if (holdout >= 1) {
            throw new UsageException("--holdout must be below 1, was " + holdout);
        }
        if (args.option("log").isEmpty() && args.option("store").isEmpty()) {
            throw new UsageException("rewrites mine needs --log FILE.jsonl or --store DIR");
        }
        EncoderSpec spec = Numbers.encoder(args.option("encoder").orElse("minilm"));
        JournaledRecordStore store = null;
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             OnnxSentenceEncoder encoder = OnnxSentenceEncoder.create(spec, adapter)) {
            RephraseStore stored = null;
            if (args.option("store").isPresent()) {
                store = JournaledRecordStore.open(Path.of(args.required("store")), Clock.systemUTC());
                TeachableBooks books = TeachableBooks.over(store);
                stored = new RephraseStore(books.interactions(), books.rewrites());
            }
            List<InteractionRecord> log = args.option("log").isPresent()
                    ? InteractionLogFormat.read(Path.of(args.required("log")))
                    : stored.interactions(store.users());
            RewriteMining.Result result = new RewriteMining(RephraseSimilarity.DEFAULT,
                    RephraseDetector.DEFAULT_WINDOW, MiningSettings.DEFAULT, new EmbeddingCache(encoder))
                    .run(log, holdout);
            print(result, encoder.spaceId(), out);
            if (stored != null) {
                out.println("saved " + stored.save(result.rewrites()) + " rewrite rules to the store "
                        + args.required("store"));
            }
            return 0;
        } catch (InteractionLogException | StoreException e) {
            out.println("rewrites mine: " + e.getMessage());
            return 1;
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private static void print(RewriteMining.Result r, String space, PrintStream out) {
        out.printf(Locale.ROOT, "read %d interactions; mined the first %d, held back the last %d%n", r.entries(),
                r.minedEntries(), r.entries() - r.minedEntries());
        out.printf(Locale.ROOT, "mining took %.0f ms (%d distinct sentences encoded in %s): %d requests, %d rephrased%n",
                r.miningNanos() / 1e6, r.encoded(), space, r.minedChains(), r.rephrasedChains());
        out.println("proposed rewrites (" + r.rewrites().size() + "):");
        for (MinedRewrite w : r.rewrites()) {
            String who = w.scope() instanceof RewriteScope.Personal p
                    ? "personal " + p.user() : "household";
            String more = w.sources().size() > 1 ? " (+" + (w.sources().size() - 1) + " alike)" : "";
            out.printf(Locale.ROOT, "  %-14s \"%s\"%s -> \"%s\" [%s]  p=%.2f  support %d%s%n", who, w.source(), more,
                    w.target(), w.targetIntent() == null ? "?" : w.targetIntent(), w.probability(), w.support(),
                    w.users() > 1 ? " from " + w.users() + " users" : "");
        }
        ReplayReport replay = r.replay();
        if (replay == null) {
            out.println("no held-back part (--holdout 0): no win/loss");
            return;
        }
        out.printf(Locale.ROOT, "held-back replay (%d requests):%n", replay.chains());
        out.printf(Locale.ROOT, "  wins %d (%d attempts saved)   losses %d (changed a success %d, sent elsewhere %d)"
                        + "   precision %s%n", replay.wins(), replay.turnsSaved(), replay.losses(), replay.lossesChanged(),
                replay.lossesElsewhere(), Double.isNaN(replay.precision()) ? "-"
                        : String.format(Locale.ROOT, "%.3f", replay.precision()));
        out.printf(Locale.ROOT, "  missed %d (rephrased to success, no rewrite matched)   unverified %d   "
                + "never succeeded %d%n", replay.missed(), replay.unverified(), replay.unresolved());
        replay.cases().stream().filter(c -> !c.verdict().equals("win")).limit(LISTED_LOSSES).forEach(c ->
                out.printf(Locale.ROOT, "  %s: %s \"%s\" -> \"%s\", eventually \"%s\"%n", c.verdict(), c.user(),
                        c.request(), c.rewrittenTo(), c.eventually()));
    }
}
