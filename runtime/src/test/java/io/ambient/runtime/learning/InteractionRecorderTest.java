package io.ambient.runtime.learning;

import io.ambient.context.Interpretation;
import io.ambient.context.Slots;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.HomeStateSource;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnOutcome;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.teachable.rephrase.InteractionOutcome;
import io.ambient.teachable.rephrase.InteractionRecord;
import io.ambient.teachable.rephrase.RephraseStore;
import io.ambient.teachable.store.Interaction;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interaction log written from finished turns, on a real store, in the background. */
class InteractionRecorderTest {
    private static final Instant T0 = Instant.parse("2026-05-01T07:00:00Z");
    private static final UserId ANN = UserId.of("ann");

    @TempDir
    Path dir;
    private JournaledRecordStore store;
    private TeachableBooks books;
    private LearningQueue queue;
    private InteractionRecorder recorder;
    private final List<UserId> logged = new ArrayList<>();
    private HomeStateSource source;

    @BeforeEach
    void open() {
        store = JournaledRecordStore.open(dir, Clock.fixed(T0, ZoneOffset.UTC));
        books = TeachableBooks.over(store);
        queue = new LearningQueue(10, Executors.defaultThreadFactory());
        HomeSnapshot home = HomeSnapshot.empty(T0);
        source = new HomeStateSource() {
            @Override
            public HomeSnapshot current() {
                return home;
            }

            @Override
            public AutoCloseable subscribe(java.util.function.Consumer<HomeSnapshot> listener) {
                return () -> { };
            }
        };
        recorder = new InteractionRecorder(books.interactions(), source, queue, logged::add);
    }

    @AfterEach
    void close() {
        queue.close();
        store.close();
    }

    private static Turn turn(String id, int second, String text, String user, boolean act, Interpretation i,
                             TurnOutcome outcome, String understood) {
        return new Turn(id, T0.plusSeconds(second), new TurnRequest(text, "office-satellite", user, null, act),
                "Office", i, outcome, "ok", List.of(), List.of(), null, understood);
    }

    private static Interpretation.Resolved resolved(String intent, List<String> used) {
        return new Interpretation.Resolved(intent, Slots.of(Map.of("name", "Office Fan")), List.of("fan.office_fan"),
                0.9, used);
    }

    private void flush() throws Exception {
        queue.flush().get(10, TimeUnit.SECONDS);
    }

    @Test
    void finished_logsRequestTurns_withOutcomeAndRewrite_skipsTeachingAndInterpretOnly() throws Exception {
        recorder.finished(turn("t1", 0, "office air on", "ann", true,
                new Interpretation.NotUnderstood("no idea", 0.2, List.of()), TurnOutcome.NOT_UNDERSTOOD, null));
        recorder.finished(turn("t2", 5, "office air on", "ann", true,
                resolved("HassTurnOn", List.of("rewrite:ann/office air on -> turn on the office fan")),
                TurnOutcome.EXECUTED, "turn on the office fan"));
        recorder.finished(turn("t3", 9, "when I say x, turn on the fan", "ann", true,
                resolved("AmbientTeachPhrase", List.of()), TurnOutcome.EXECUTED, null));
        recorder.finished(turn("t4", 9, "turn on the fan", "ann", false, resolved("HassTurnOn", List.of()),
                TurnOutcome.EXECUTED, null));
        recorder.finished(turn("t5", 12, "turn on the fan", null, true, resolved("HassTurnOn", List.of()),
                TurnOutcome.EXECUTED, null));
        flush();

        List<Interaction> ann = books.interactions().list(ANN);
        assertEquals(List.of("t1", "t2"), ann.stream().map(Interaction::turnId).toList());
        assertEquals("not_understood", ann.get(0).outcome());
        assertNull(ann.get(0).intent());
        assertEquals(T0, ann.get(0).at());
        assertEquals("office-satellite", ann.get(0).site());
        Interaction rewritten = ann.get(1);
        assertEquals("turn on the office fan", rewritten.text());
        assertEquals("office air on", rewritten.rewrittenFrom());
        assertEquals("ann/office air on -> turn on the office fan", rewritten.details().get("rewrite"));
        assertEquals(1, books.interactions().list(UserId.HOUSEHOLD).size(), "nobody in particular: the household");
        assertEquals(List.of(ANN, ANN, UserId.HOUSEHOLD), logged);
        // what the miner reads: said words, outcome
        List<InteractionRecord> read = new RephraseStore(books.interactions(), books.rewrites())
                .interactions(Set.of(ANN));
        assertEquals(InteractionOutcome.NOT_UNDERSTOOD, read.get(0).outcome());
        assertEquals("office air on", read.get(1).text());
    }

    @Test
    void markWrong_setsTheDetailsRephraseMiningReads() throws Exception {
        Turn answered = turn("a", 0, "what time is it", "ann", true, resolved("HassGetCurrentTime", List.of()),
                TurnOutcome.EXECUTED, null);
        Turn undone = turn("u", 1, "turn on the fan", "ann", true, resolved("HassTurnOn", List.of()),
                TurnOutcome.EXECUTED, null);
        Turn cut = turn("c", 2, "play jazz", "ann", true, resolved("HassMediaSearchAndPlay", List.of()),
                TurnOutcome.EXECUTED, null);
        for (Turn t : List.of(answered, undone, cut)) {
            recorder.finished(t);
        }
        recorder.markWrong(answered, "no-thats-wrong");
        recorder.markWrong(undone, "undo");
        recorder.markWrong(cut, "barge-in");
        flush();

        List<InteractionOutcome> outcomes = new RephraseStore(books.interactions(), books.rewrites())
                .interactions(Set.of(ANN)).stream().map(InteractionRecord::outcome).toList();
        assertEquals(List.of(InteractionOutcome.ANSWERED_NO, InteractionOutcome.UNDONE, InteractionOutcome.INTERRUPTED),
                outcomes);
        assertEquals("no-thats-wrong", books.interactions().list(ANN).get(0).details().get("feedback_source"));
    }

    @Test
    void finished_storeClosedOrQueueFull_neverThrowsNorBlocks() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        LearningQueue tiny = new LearningQueue(1, Executors.defaultThreadFactory());
        try {
            tiny.submit("hold", () -> {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            InteractionRecorder slow = new InteractionRecorder(books.interactions(), source, tiny,
                    u -> { });
            for (int i = 0; i < 5; i++) { // one fits in the queue, the others are dropped at once
                slow.finished(turn("q" + i, i, "turn on the fan", "ann", true, resolved("HassTurnOn", List.of()),
                        TurnOutcome.EXECUTED, null));
            }
            assertEquals(1, tiny.pending());
            hold.countDown();
            await().atMost(java.time.Duration.ofSeconds(10)).until(() -> books.interactions().list(ANN).size() == 1);
        } finally {
            tiny.close();
        }
        store.close();
        recorder.finished(turn("late", 30, "turn on the fan", "ann", true, resolved("HassTurnOn", List.of()),
                TurnOutcome.EXECUTED, null));
        flush(); // the write failed on the learning thread and was logged; the queue goes on
        assertFalse(queue.flush().isCompletedExceptionally());
        assertTrue(logged.isEmpty());
    }
}
