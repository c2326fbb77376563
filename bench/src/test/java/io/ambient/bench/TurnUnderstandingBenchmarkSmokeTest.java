package io.ambient.bench;

import io.ambient.context.Interpretation;
import io.ambient.context.eval.EvalCase;
import io.ambient.context.eval.PreparedCase;
import io.ambient.models.intent.LabelScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the benchmark methods once each, outside JMH and untimed, on the real model and the development
 * cases: the benchmark must keep measuring interpretations that are right, not a broken setup.
 */
class TurnUnderstandingBenchmarkSmokeTest {
    private static final LoadedUnderstanding UNDERSTANDING = new LoadedUnderstanding();
    private static final HeadOnly HEAD = new HeadOnly();
    private final TurnUnderstandingBenchmark benchmark = new TurnUnderstandingBenchmark();

    @BeforeAll
    static void open() throws Exception {
        UNDERSTANDING.open();
        HEAD.open(UNDERSTANDING);
    }

    @AfterAll
    static void close() throws Exception {
        HEAD.close();
        UNDERSTANDING.close();
    }

    @Test
    void turn_namedCases_interpretedAsTheCasesExpect() {
        assertTrue(UNDERSTANDING.cases().size() > 400, "development cases: " + UNDERSTANDING.cases().size());
        assertResolvedAsExpected("ctx-a/kitchen-lights-on");      // the room from the satellite's site
        assertResolvedAsExpected("cmd/off-living-room-lights");   // the room named
        assertInstanceOf(Interpretation.NotUnderstood.class, turn("ctx-f/trivia-world-cup"));
    }

    @Test
    void parts_sameCase_headOnItsOwnSessionAgreesWithTheClassifier() {
        int i = indexOf(UNDERSTANDING.cases(), "ctx-a/kitchen-lights-on");
        CaseCursor cursor = at(i);
        List<LabelScore> scores = benchmark.encoderAndHead(UNDERSTANDING, cursor);
        assertEquals("HassTurnOn", scores.get(0).label(), UNDERSTANDING.masked(i) + " -> " + scores);
        assertEquals(UNDERSTANDING.classifier().encoder().dimensions(),
                benchmark.encoder(UNDERSTANDING, at(i)).vector().length);
        float[] p = benchmark.head(UNDERSTANDING, HEAD, at(i));
        assertEquals(scores.get(0).label(), HEAD.head().labels().get(argmax(p)));
    }

    @Test
    void cursor_wrapsAround_visitsEveryCaseOnce() {
        CaseCursor cursor = new CaseCursor();
        HashSet<Integer> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            seen.add(cursor.next(3));
        }
        assertEquals(3, seen.size());
        assertEquals(0, cursor.next(3));
    }

    private Interpretation turn(String id) {
        return benchmark.turn(UNDERSTANDING, at(indexOf(UNDERSTANDING.cases(), id)));
    }

    private void assertResolvedAsExpected(String id) {
        EvalCase expected = UNDERSTANDING.cases().get(indexOf(UNDERSTANDING.cases(), id)).evalCase();
        Interpretation.Resolved r = assertInstanceOf(Interpretation.Resolved.class, turn(id), id);
        assertEquals(expected.intent(), r.intent(), id);
        assertEquals(new HashSet<>(expected.targets()), new HashSet<>(r.targets()), id);
    }

    private static int indexOf(List<PreparedCase> cases, String id) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).evalCase().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no development case " + id);
    }

    private static CaseCursor at(int i) {
        CaseCursor cursor = new CaseCursor();
        for (int k = 0; k < i; k++) {
            cursor.next(Integer.MAX_VALUE);
        }
        return cursor;
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
