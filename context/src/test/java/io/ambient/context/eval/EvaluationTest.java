package io.ambient.context.eval;

import io.ambient.context.Interpreter;
import io.ambient.context.TestHomes;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {
    private final Clock clock = Clock.fixed(TestHomes.AT, ZoneOffset.UTC);
    private final Path home = TestHomes.resource("home.json");
    private final Path cases = TestHomes.resource("cases.jsonl");

    @Test
    void run_devCases_allRulesPass() {
        EvalReport r = Evaluation.run(home, cases, clock);
        assertEquals(11, r.cases());
        assertTrue(r.failures().isEmpty(), () -> ReportPrinter.summary(r));
        assertEquals(1.0, r.targetAccuracy());
        assertTrue(r.perRule().containsKey("dev-b"));
    }

    /** Phrasings written apart from the team's sets, as a check that rules generalise. */
    @Test
    void run_heldOutPhrasings_highAccuracy() {
        EvalReport r = Evaluation.run(home, TestHomes.resource("heldout.jsonl"), clock);
        assertTrue(r.intentAccuracy() >= 0.9 && r.exactAccuracy() >= 0.85 && r.targetAccuracy() >= 0.9,
                () -> ReportPrinter.summary(r));
    }

    @Test
    void prepare_devCases_contextsWithSiteAreaAndHistory() {
        Evaluation evaluation = new Evaluation(new Interpreter(new RuleBasedUnderstander(), new DefaultContextResolver()),
                "rules", clock);
        List<PreparedCase> prepared = evaluation.prepare(home, cases);
        assertEquals(11, prepared.size());
        PreparedCase first = prepared.get(0);
        assertEquals("lights off please", first.text());
        assertEquals("kitchen-sat", first.context().siteId());
        assertEquals("Kitchen", first.context().area().name());
        PreparedCase answer = prepared.stream().filter(c -> c.evalCase().id().equals("dev-b/lamp-lounge-answer"))
                .findFirst().orElseThrow();
        assertEquals(1, answer.context().recentTurns().size());
        assertEquals("switch on the lamp", answer.context().recentTurns().get(0).text());
    }

    @Test
    void run_homeDirectory_caseHomeSelectsFile() {
        EvalReport r = Evaluation.run(home.getParent(), cases, clock);
        assertEquals(1.0, r.intentAccuracy());
    }

    @Test
    void json_report_hasFormatKeys() {
        String json = ReportPrinter.json(Evaluation.run(home, cases, clock));
        for (String key : new String[]{"\"cases\"", "\"intentAccuracy\"", "\"exactAccuracy\"", "\"targetAccuracy\"",
                "\"outcomeAccuracy\"", "\"latencyMs\"", "\"p50\"", "\"p95\"", "\"p99\"", "\"model\"", "\"perIntent\"",
                "\"results\"", "\"intentOk\"", "\"exactOk\"", "\"targetOk\"", "\"outcomeOk\"", "\"ms\""}) {
            assertTrue(json.contains(key), key);
        }
    }

    @Test
    void summary_failingCase_listsExpectedAndGot(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("wrong.jsonl");
        Files.writeString(bad, "{\"id\": \"x/1\", \"text\": \"turn on the lights\", \"intent\": \"HassTurnOff\", "
                + "\"context\": {\"site\": \"lounge-sat\"}}\n");
        EvalReport r = Evaluation.run(home, bad, clock);
        assertEquals(0.0, r.intentAccuracy());
        String summary = ReportPrinter.summary(r);
        assertTrue(summary.contains("x/1") && summary.contains("expected") && summary.contains("HassTurnOn"), summary);
    }

    @Test
    void read_malformedLine_errorNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"a\", \"text\": \"hi\"}\n\n{not json\n");
        EvalException e = assertThrows(EvalException.class, () -> new CaseReader().read(bad));
        assertTrue(e.getMessage().contains("bad.jsonl:3"), e.getMessage());
    }

    @Test
    void run_homeDirectoryAndCaseWithoutHome_clearError(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("c.jsonl");
        Files.writeString(c, "{\"id\": \"a\", \"text\": \"lights on\", \"intent\": \"HassTurnOn\"}\n");
        EvalException e = assertThrows(EvalException.class, () -> Evaluation.run(home.getParent(), c, clock));
        assertTrue(e.getMessage().contains("names no \"home\""), e.getMessage());
    }

    @Test
    void slotEquals_listAndNumbers_anyMemberAndNumericEquality() {
        assertTrue(CaseScorer.slotEquals(java.util.List.of("a", "b"), "b"));
        assertTrue(CaseScorer.slotEquals(21, 21.0));
        assertTrue(!CaseScorer.slotEquals("Kitchen", "kitchen"));
    }
}
