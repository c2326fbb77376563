package io.ambient.context.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The acceptance bar, measured on the team's evaluation sets in ../eval. */
class EvalSetTest {
    private static final Path EVAL = Path.of("..", "eval");

    @Test
    void evaluate_teamEvalSets_meetsAcceptanceFloors() throws Exception {
        assumeTrue(Files.isDirectory(EVAL.resolve("cases")), "no eval sets at " + EVAL.toAbsolutePath());
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
}
