package io.ambient.runtime.cli;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.runtime.teach.LearnedRewrites;
import io.ambient.teachable.rephrase.MiningSettings;
import io.ambient.teachable.store.Interaction;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.Rewrite;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./ambient rewrites bench}: what learning from rephrases costs, on a real store in a temporary directory
 * and the real MiniLM encoder: the rewrite stage's lookup per turn with N stored rules (a request with no rule for
 * its exact words: embedded and compared with every rule; and one with exact words: no encoding), the background
 * write of one logged turn (journal append + fsync), pruning a log, and compacting the journal it grew.
 */
final class RewriteBenchCommand {
    private static final UserId ANN = UserId.of("ann");
    private static final String[] VERBS = {"lights up", "get the", "make the", "start the", "warm up", "cool the"};
    private static final String[] THINGS = {"kitchen", "office", "hall", "porch", "garden", "attic", "den", "loft"};

    private RewriteBenchCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        Args args = new Args(argv, Set.of("rules", "rounds", "turns"));
        List<Integer> sizes = Arrays.stream(args.option("rules").orElse("10,100,1000").split(","))
                .map(s -> Numbers.whole(s.trim(), "--rules")).toList();
        int rounds = Numbers.whole(args.option("rounds").orElse("300"), "--rounds");
        int turns = Numbers.whole(args.option("turns").orElse("2000"), "--turns");
        Path dir;
        try {
            dir = Files.createTempDirectory("ambient-bench-rewrites");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             OnnxSentenceEncoder encoder = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter);
             JournaledRecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
            TeachableBooks books = TeachableBooks.over(store);
            LearnedRewrites learned = new LearnedRewrites(books.rewrites(), MiningSettings.DEFAULT.matchThreshold());
            out.printf(Locale.ROOT, "store in %s, encoder %s (%d cores, %s)%n", dir, encoder.spaceId(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            int stored = 0;
            for (int size : sizes) {
                for (; stored < size; stored++) {
                    String from = source(stored);
                    books.rewrites().put(ANN, from, "turn on the light " + stored, Rewrite.RewriteStats.NONE,
                            Optional.of(encoder.encode(from)));
                }
                List<Double> similar = new ArrayList<>();
                List<Double> exact = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    String unknown = "could you please do the thing number " + r;
                    String known = source(r % size);
                    similar.add(time(() -> learned.find(ANN, unknown, encoder)));
                    exact.add(time(() -> learned.find(ANN, known, encoder)));
                }
                TeachingBenchCommand.print(out, "lookup, " + size + " rules, no exact rule", similar.subList(
                        rounds / 3, rounds));
                TeachingBenchCommand.print(out, "lookup, " + size + " rules, exact words", exact.subList(
                        rounds / 3, rounds));
            }
            List<Double> appends = new ArrayList<>();
            Instant t0 = Instant.now();
            for (int i = 0; i < turns; i++) {
                Interaction turn = new Interaction(ANN, "turn-" + i, t0.plusMillis(i), "kitchen-satellite",
                        "turn on the kitchen lights", null, "HassTurnOn", "executed", 0.93, Map.of());
                appends.add(time(() -> books.interactions().append(turn)));
            }
            TeachingBenchCommand.print(out, "log one turn (durable)", appends);
            long journal = store.status().journalBytes();
            double prune = time(() -> books.interactions().prune(ANN, turns / 10, t0));
            long pruned = store.status().journalBytes();
            double compact = time(() -> store.compact());
            out.printf(Locale.ROOT, "  prune %d of %d logged turns (one durable change): %.1f ms; journal %d -> %d bytes%n",
                    turns - turns / 10, turns, prune, journal, pruned);
            out.printf(Locale.ROOT, "  compact the journal (%d rules with embeddings, %d turns): %.1f ms, %d -> %d bytes%n",
                    sizes.get(sizes.size() - 1), turns / 10, compact, pruned, store.status().journalBytes());
        } finally {
            TeachingBenchCommand.deleteQuietly(dir);
        }
        return 0;
    }

    private static String source(int i) {
        return VERBS[i % VERBS.length] + " " + THINGS[(i / VERBS.length) % THINGS.length] + " " + (i / 48);
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }
}
