package io.ambient.teachable.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the store on this machine: write latency (journal fsync + index commit) and the time to rebuild
 * the index from a journal of N records. Run: see docs/benchmarks.md. Not a test: numbers, no assertions.
 */
public final class StoreBenchmark {
    private StoreBenchmark() { }

    public static void main(String[] args) throws IOException {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        Path root = Files.createTempDirectory("ambient-store-bench");
        try {
            writeLatency(root.resolve("latency"), writes);
            journalOnly(root.resolve("journal-only"), writes);
            for (int n : sizes) {
                rebuild(root.resolve("rebuild-" + n), n);
            }
        } finally {
            StoreFiles.deleteTree(root);
        }
    }

    private static void writeLatency(Path dir, int writes) {
        double[] ms = new double[writes];
        try (RecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
            PreferenceBook prefs = new PreferenceBook(store);
            for (int i = 0; i < writes; i++) {
                long t = System.nanoTime();
                prefs.set(UserId.of("ann"), "key" + (i % 50), "value number " + i);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        print("write (journal fsync + MapDB commit), " + writes + " writes", ms);
    }

    private static void journalOnly(Path dir, int writes) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("journal");
        Journal.writeAtomically(file, new JournalHeader(JournaledRecordStore.SCHEMA_VERSION, 1), List.of());
        double[] ms = new double[writes];
        try (Journal journal = Journal.openForAppend(file, Journal.read(file))) {
            for (int i = 0; i < writes; i++) {
                long t = System.nanoTime();
                journal.append(new JournalEntry(i + 1, java.time.Instant.now(), List.of(new Change.Put(
                        RecordKey.of(RecordKind.PREFERENCE, UserId.of("ann"), "key" + i), "\"value\""))));
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        print("journal append + fsync only, " + writes + " writes", ms);
    }

    private static void rebuild(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<StoredRecord> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            records.add(new StoredRecord(RecordKey.of(RecordKind.INTERACTION, UserId.of("u" + (i % 5)),
                    String.format("%015d-turn-%d", i, i)), "{\"text\":\"turn on the kitchen lights number " + i
                    + "\",\"outcome\":\"executed\"}", java.time.Instant.now()));
        }
        Journal.writeAtomically(dir.resolve("journal"), new JournalHeader(JournaledRecordStore.SCHEMA_VERSION, 9),
                Snapshots.entries(records));
        long t = System.nanoTime();
        try (RecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
            double rebuildMs = (System.nanoTime() - t) / 1e6;
            System.out.printf("rebuild index from a journal of %,d records (%,d bytes): %.0f ms (%s)%n", n,
                    Files.size(dir.resolve("journal")), rebuildMs, store.status().openedBy());
        }
        t = System.nanoTime();
        try (RecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
            System.out.printf("reopen and verify %,d records: %.0f ms (%s)%n", n, (System.nanoTime() - t) / 1e6,
                    store.status().openedBy());
        }
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[(int) (sorted.length * 0.99)],
                sorted[sorted.length - 1]);
    }
}
