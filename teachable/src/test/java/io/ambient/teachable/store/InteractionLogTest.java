package io.ambient.teachable.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interaction log's later details, bounded retention, and automatic compaction of the journal it grows. */
class InteractionLogTest {
    private static final Instant T0 = Instant.parse("2026-05-01T07:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");

    @TempDir
    Path dir;

    private static Interaction turn(UserId user, int n, Instant at) {
        return new Interaction(user, "t" + n, at, "kitchen-satellite", "turn on the lights " + n, null, "HassTurnOn",
                "executed", 0.9, Map.of("site", "kitchen-satellite"));
    }

    @Test
    void addDetails_mergesIntoLoggedTurn_andSurvivesReopen() {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            InteractionLog log = new InteractionLog(store);
            log.append(turn(ANN, 1, T0));
            assertTrue(log.addDetails(ANN, T0, "t1", Map.of("feedback", "negative")));
            assertFalse(log.addDetails(ANN, T0, "no-such-turn", Map.of("undone", "true")));
            assertFalse(log.addDetails(BOB, T0, "t1", Map.of("undone", "true")));
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            Interaction i = new InteractionLog(store).find(ANN, T0, "t1").orElseThrow();
            assertEquals(Map.of("site", "kitchen-satellite", "feedback", "negative"), i.details());
            assertEquals("executed", i.outcome());
        }
    }

    @Test
    void prune_keepsNewestN_andDropsOlderThanCutoff_perUserOnly() {
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            InteractionLog log = new InteractionLog(store);
            for (int n = 0; n < 10; n++) {
                log.append(turn(ANN, n, T0.plus(Duration.ofMinutes(n))));
                log.append(turn(BOB, n, T0.plus(Duration.ofMinutes(n))));
            }

            assertEquals(4, log.prune(ANN, 6, T0));
            assertEquals(List.of("t4", "t5", "t6", "t7", "t8", "t9"),
                    log.list(ANN).stream().map(Interaction::turnId).toList());
            assertEquals(2, log.prune(ANN, 100, T0.plus(Duration.ofMinutes(6))));
            assertEquals(List.of("t6", "t7", "t8", "t9"), log.list(ANN).stream().map(Interaction::turnId).toList());
            assertEquals(0, log.prune(ANN, 100, T0));
            assertEquals(10, log.list(BOB).size());
            assertThrows(IllegalArgumentException.class, () -> log.prune(ANN, -1, T0));
        }
    }

    @Test
    void compactIfLarger_onlyWhenJournalOutgrewLiveRecords_keepsEveryLiveRecord() throws Exception {
        Path journal = dir.resolve("journal");
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            InteractionLog log = new InteractionLog(store);
            for (int n = 0; n < 40; n++) {
                log.append(turn(ANN, n, T0.plus(Duration.ofSeconds(n))));
            }
            assertFalse(store.compactIfLarger(2.0, 0), "nothing overwritten yet: no compaction");
            log.prune(ANN, 5, T0);
            assertFalse(store.compactIfLarger(2.0, Files.size(journal) + 1), "below the minimum size");
            long before = Files.size(journal);

            assertTrue(store.compactIfLarger(2.0, 0));

            assertTrue(Files.size(journal) * 4 < before, Files.size(journal) + " vs " + before);
            assertFalse(new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).contains("turn on the lights 0"),
                    "pruned turns are gone from disk");
            assertEquals(5, log.list(ANN).size());
            assertThrows(IllegalArgumentException.class, () -> store.compactIfLarger(1.0, 0));
        }
        try (RecordStore store = JournaledRecordStore.open(dir, CLOCK)) {
            assertEquals(List.of("t35", "t36", "t37", "t38", "t39"),
                    new InteractionLog(store).list(ANN).stream().map(Interaction::turnId).toList());
            assertEquals("verified", store.status().openedBy());
        }
    }
}
