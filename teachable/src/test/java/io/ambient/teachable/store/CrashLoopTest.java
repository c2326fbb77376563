package io.ambient.teachable.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a writing JVM with kill -9 at random moments, 50 times, and checks after each kill that the store
 * opens and holds every acknowledged change: its content must equal the acknowledged operations, or those
 * plus the one operation in flight (durable but not yet acknowledged when the process died).
 */
class CrashLoopTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashLoopTest.class);
    private static final int ITERATIONS = 50;

    @TempDir
    Path dir;

    @Test
    void killNineAtRandomMoments_neverLosesAnAcknowledgedChange() throws Exception {
        Random random = new Random(20261122);
        long done = 0;
        int rebuilt = 0;
        int inFlightSurvived = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            long acked = runAndKill(done + 1, random.nextInt(12), random.nextInt(3));
            Map<String, String> actual;
            String openedBy;
            try (RecordStore store = JournaledRecordStore.open(dir, Clock.systemUTC())) {
                actual = contents(store);
                openedBy = store.status().openedBy();
            }
            rebuilt += openedBy.startsWith("rebuilt") ? 1 : 0;
            if (actual.equals(expected(acked))) {
                done = acked;
            } else if (actual.equals(expected(acked + 1))) {
                done = acked + 1;
                inFlightSurvived++;
            } else {
                fail("iteration " + i + ": after acknowledging operation " + acked + " the store ("
                        + openedBy + ") holds " + actual.size() + " keys, expected " + expected(acked).keySet()
                        + " but was " + actual.keySet());
            }
        }
        LOG.info("crash loop: {} kills, {} operations durable, {} index rebuilds, {} in-flight ops survived",
                ITERATIONS, done, rebuilt, inFlightSurvived);
        assertTrue(done > ITERATIONS, "the writer made too little progress to test anything: " + done);
    }

    /** Starts the writer at operation {@code start}, kills it after {@code acks} acks (+ a short delay). */
    private long runAndKill(long start, int acks, int delayMs) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(writerCommand(dir, start)).redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines), "crash-writer-out");
        reader.setDaemon(true);
        reader.start();
        long lastAck = start - 1;
        int seen = 0;
        List<String> other = new ArrayList<>();
        while (seen < acks) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null || line.equals("<eof>")) {
                break;
            }
            if (line.startsWith("ACK ")) {
                lastAck = Long.parseLong(line.substring(4));
                seen++;
            } else if (!line.startsWith("OPEN ")) {
                other.add(line);
            }
        }
        if (delayMs > 0) {
            Thread.sleep(delayMs);
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
        // acks printed before the kill landed count too
        for (String line : lines) {
            if (line.startsWith("ACK ")) {
                lastAck = Long.parseLong(line.substring(4));
            }
        }
        if (seen < acks && !other.isEmpty() && !process.isAlive() && lastAck == start - 1) {
            fail("the writer died on its own: " + String.join("\n", other));
        }
        return lastAck;
    }

    /** The writer's command line: a JVM start dominates an iteration, so it starts lean (C1, no logging). */
    private static List<String> writerCommand(Path storeDir, long start) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-cp", System.getProperty("java.class.path"), CrashLoopWriter.class.getName(), storeDir.toString(),
                Long.toString(start));
    }

    private static void readLines(Process process, LinkedBlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the process was killed
        }
        lines.add("<eof>");
    }

    private static Map<String, String> contents(RecordStore store) {
        Map<String, String> out = new TreeMap<>();
        for (StoredRecord r : store.listUser(CrashLoopWriter.USER)) {
            out.put(r.key().key(), r.value());
        }
        return out;
    }

    private static Map<String, String> expected(long upTo) {
        Map<String, String> out = new TreeMap<>();
        for (long n = 1; n <= upTo; n++) {
            Change c = CrashLoopWriter.op(n);
            if (c instanceof Change.Put put) {
                out.put(put.key().key(), put.value());
            } else {
                out.remove(c.key().key());
            }
        }
        return out;
    }
}
