package io.ambient.context.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance bar, measured on the team's development evaluation sets in ../eval, and a regression
 * guard on the held-out set in ../eval/heldout. The held-out set is never used to tune the interpreter: its
 * floors sit just under the first measurement (docs/benchmarks.md) so that a change which makes
 * generalisation worse fails here, while nobody can improve the number by fitting those sentences.
 */
class EvalSetTest {
    private static final Path EVAL = Path.of("..", "eval");

    @Test
    void evaluate_teamEvalSets_meetsAcceptanceFloors() throws Exception {
        assertTrue(Files.isDirectory(EVAL.resolve("cases")), "no eval sets at " + EVAL.toAbsolutePath());
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
        EvalReport report = Evaluation.run(EVAL.resolve("homes"), EVAL.resolve("cases"), clock);
        Path out = Path.of("target", "eval-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, ReportPrinter.summary(report));
        Files.writeString(Path.of("target", "eval-report.json"), ReportPrinter.json(report));
        String summary = ReportPrinter.summary(report);
        assertTrue(report.intentAccuracy() >= 0.95, "intent accuracy below 0.95\n" + summary);
        assertTrue(report.exactAccuracy() >= 0.90, "exact accuracy below 0.90\n" + summary);
        assertTrue(report.targetAccuracy() >= 0.95, "target accuracy below 0.95\n" + summary);
    }

    @Test
    void evaluate_heldOutSet_doesNotRegress() {
        Path heldout = EVAL.resolve("heldout");
        assertTrue(Files.isDirectory(heldout), "no held-out set at " + heldout.toAbsolutePath());
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
        EvalReport report = Evaluation.run(heldout.resolve("homes"), heldout.resolve("cases.jsonl"), clock);
        String summary = ReportPrinter.summary(report);
        assertTrue(report.intentAccuracy() >= 0.85, "held-out intent accuracy below 0.85\n" + summary);
        assertTrue(report.exactAccuracy() >= 0.83, "held-out exact accuracy below 0.83\n" + summary);
        assertTrue(report.targetAccuracy() >= 0.83, "held-out target accuracy below 0.83\n" + summary);
    }
}
