package io.ambient.runtime.cli;

import io.ambient.context.Preferences;
import io.ambient.teachable.preferences.PreferenceStatement;
import io.ambient.teachable.preferences.PreferenceStatements;
import io.ambient.teachable.preferences.StoredPreferences;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.TeachableBooks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./ambient bench-teaching}: what teaching costs a turn, on a real store in a temporary directory:
 * reading a user's preferences (every turn does, to build its context), storing a stated preference (a
 * confirmation waits for it: journal append + fsync), and reading a sentence for a preference statement
 * (every acting turn does).
 */
final class TeachingBenchCommand {
    private static final List<String> SENTENCES = List.of("I'm a Warriors fan", "I like it at 21 degrees",
            "I love jazz", "I wake up at half past six", "turn on the kitchen lights", "play some music",
            "what's the score", "set the thermostat to 20 degrees", "I'm cold", "what time is it");

    private TeachingBenchCommand() {
    }

    static int run(String[] argv, PrintStream out) {
        Args args = new Args(argv, Set.of("users", "rounds"));
        int users = bounded(args.option("users").orElse("100"), "--users", 1, 100_000);
        int rounds = bounded(args.option("rounds").orElse("2000"), "--rounds", 10, 1_000_000);
        Path dir;
        try {
            dir = Files.createTempDirectory("ambient-bench-teaching");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (RecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
            StoredPreferences prefs = new StoredPreferences(TeachableBooks.over(store).preferences());
            List<Double> writes = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                for (String[] kv : new String[][] {{Preferences.TEAM, "Team " + u}, {Preferences.MUSIC_GENRE, "jazz"},
                        {Preferences.TEMPERATURE, "21"}}) {
                    long t = System.nanoTime();
                    prefs.remember("user" + u, new PreferenceStatement(kv[0], kv[1]));
                    writes.add((System.nanoTime() - t) / 1e6);
                }
            }
            List<Double> reads = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                Preferences p = prefs.of("user" + (r % users));
                reads.add((System.nanoTime() - t) / 1e6);
                if (p.isEmpty()) {
                    throw new IllegalStateException("preferences of user" + (r % users) + " were not read back");
                }
            }
            PreferenceStatements statements = new PreferenceStatements();
            List<Double> parses = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                statements.read(SENTENCES.get(r % SENTENCES.size()));
                parses.add((System.nanoTime() - t) / 1e6);
            }
            out.printf(Locale.ROOT, "teachable store in %s, %d users, %d rounds (%d cores, %s)%n", dir, users, rounds,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            print(out, "store a preference (durable)", writes);
            print(out, "read a user's preferences", reads.subList(reads.size() / 2, reads.size()));
            print(out, "read a sentence for a statement", parses.subList(parses.size() / 2, parses.size()));
        } finally {
            deleteQuietly(dir);
        }
        return 0;
    }

    static void print(PrintStream out, String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "  %-34s p50 %.3f ms   p95 %.3f ms   p99 %.3f ms   (%d timings)%n", what,
                pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99), sorted.size());
    }

    private static double pct(List<Double> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static int bounded(String value, String what, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a whole number, was " + value);
        }
        if (v < min || v > max) {
            throw new UsageException(what + " must be " + min + "-" + max + ", was " + v);
        }
        return v;
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
