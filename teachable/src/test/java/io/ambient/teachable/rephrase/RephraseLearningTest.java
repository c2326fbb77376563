package io.ambient.teachable.rephrase;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.text.Embedding;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.ambient.teachable.store.Interaction;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rephrase detection, mining and replay on the real MiniLM encoder (ONNX Runtime). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RephraseLearningTest {
    private static final Instant T0 = Instant.parse("2026-05-01T07:00:00Z");

    private OnnxRuntimeAdapter adapter;
    private OnnxSentenceEncoder encoder;
    private EmbeddingCache embeddings;

    @BeforeAll
    void loadEncoder() {
        adapter = new OnnxRuntimeAdapter(1);
        encoder = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter);
        embeddings = new EmbeddingCache(encoder);
    }

    @AfterAll
    void close() {
        encoder.close();
        adapter.close();
    }

    @Test
    void similarity_rephrasesPassTheThresholdAndOtherRequestsDoNot() {
        RephraseSimilarity s = RephraseSimilarity.DEFAULT;
        for (String[] pair : new String[][]{
                {"lights up in the kitchen", "turn on the kitchen lights"},
                {"make it bright in the kitchen", "turn on the kitchen lights"},
                {"heat it to 21", "set the temperature to 21 degrees"},
                {"jazz time please", "play some jazz"}}) {
            assertTrue(s.isRephrase(pair[0], pair[1], embeddings), pair[0] + " | " + pair[1]);
        }
        for (String[] pair : new String[][]{
                {"turn on the kitchen lights", "turn on the heating"},
                {"turn on the kitchen lights", "turn off the bedroom lamp"},
                {"turn on the kitchen lights", "turn on the office fan"},
                {"lights up in the kitchen", "what's the weather"}}) {
            assertFalse(s.isRephrase(pair[0], pair[1], embeddings), pair[0] + " | " + pair[1]);
        }
    }

    @Test
    void detector_linksSimilarRequestSoonAfterAFailureOnly() {
        List<InteractionRecord> log = List.of(
                turn(0, "ann", "lights up in the kitchen", InteractionOutcome.NOT_UNDERSTOOD),
                turn(8, "ann", "turn on the kitchen lights", InteractionOutcome.SUCCESS),
                turn(20, "ann", "turn on the kitchen lights", InteractionOutcome.SUCCESS), // after a success: new
                turn(100, "bob", "kitchen lights go", InteractionOutcome.ANSWERED_NO),
                turn(110, "bob", "what's the weather", InteractionOutcome.SUCCESS),          // moved on: new
                turn(200, "cem", "make it bright in the kitchen", InteractionOutcome.NOT_UNDERSTOOD),
                turn(900, "cem", "turn on the kitchen lights", InteractionOutcome.SUCCESS),  // too late: new
                turn(1000, "dee", "bedroom lamp out", InteractionOutcome.NOT_UNDERSTOOD),
                turn(1005, "ann", "turn off the bedroom lamp", InteractionOutcome.SUCCESS)); // another user: new
        RephraseDetector detector = new RephraseDetector(RephraseSimilarity.DEFAULT,
                RephraseDetector.DEFAULT_WINDOW, embeddings);
        List<RephraseChain> chains = detector.chains(log);

        assertEquals(8, chains.size(), chains.toString());
        RephraseChain first = chains.get(0);
        assertEquals(2, first.attempts().size());
        assertEquals("turn on the kitchen lights", first.success().orElseThrow().text());
        assertTrue(chains.stream().skip(1).allMatch(c -> c.attempts().size() == 1), chains.toString());
    }

    @Test
    void mining_syntheticLog_proposesTheExpectedRewritesAndWinsOnTheHeldBackPart() {
        List<InteractionRecord> log = SyntheticInteractionLog.generate(7, 3000, T0);
        RewriteMining.Result result = new RewriteMining(RephraseSimilarity.DEFAULT, RephraseDetector.DEFAULT_WINDOW,
                MiningSettings.DEFAULT, embeddings).run(log, 0.3);

        assertEquals(2100, result.minedEntries());
        assertHasRewrite(result.rewrites(), "personal", "lights up in the kitchen", "turn on the kitchen lights");
        assertHasRewrite(result.rewrites(), "personal", "kitchen lights go", "turn on the kitchen lights");
        assertHasRewrite(result.rewrites(), "personal", "heat it to 21", "set the temperature to 21 degrees");
        assertHasRewrite(result.rewrites(), "personal", "bedroom lamp out", "turn off the bedroom lamp");
        assertHasRewrite(result.rewrites(), "household", "make it bright in the kitchen", "turn on the kitchen lights");
        // "shut the shades" scores 0.43 against "close the living room blinds": never linked, never learned
        assertTrue(result.rewrites().stream().noneMatch(r -> r.sources().stream()
                .anyMatch(s -> s.text().equals("shut the shades"))));
        // only bob says "kitchen lights go": the household layer must not adopt one person's habit
        assertTrue(result.rewrites().stream().noneMatch(r -> r.scope() instanceof RewriteScope.Household
                && r.sources().stream().anyMatch(s -> s.text().equals("kitchen lights go"))));
        assertTrue(result.rewrites().stream().allMatch(r -> r.spaceId().equals(encoder.spaceId())));

        ReplayReport replay = result.replay();
        assertTrue(replay.wins() >= 50, "wins " + replay.wins());
        assertEquals(0, replay.lossesChanged(), replay.cases().toString());
        assertTrue(replay.precision() >= 0.95, "precision " + replay.precision());
        assertTrue(replay.turnsSaved() >= replay.wins());
    }

    @Test
    void replay_ruleThatRewritesARequestThatWorks_countsALoss() {
        Embedding works = embeddings.embed("turn on the kitchen lights");
        RewriteRule wrong = new RewriteRule(new RewriteScope.Personal("ann"), "turn on the kitchen lights", works,
                "turn on the office fan", "HassTurnOn");
        RewriteTable table = new RewriteTable(List.of(wrong), 0.88);
        List<RephraseChain> heldBack = List.of(
                new RephraseChain(List.of(turn(0, "ann", "turn on the kitchen lights", InteractionOutcome.SUCCESS))));
        ReplayReport report = new RewriteReplay(table, embeddings, RephraseSimilarity.DEFAULT).replay(heldBack);
        assertEquals(1, report.lossesChanged());
        assertEquals(0, report.wins());
    }

    @Test
    void table_personalFirstThenHousehold_andNeverOverTaughtPhrases() {
        RewriteRule annOwn = rule(new RewriteScope.Personal("ann"), "lights up in the kitchen", "switch on the kitchen lights");
        RewriteRule everyone = rule(new RewriteScope.Household(), "lights up in the kitchen", "turn on the kitchen lights");
        RewriteTable table = new RewriteTable(List.of(everyone, annOwn), 0.88);
        Embedding query = embeddings.embed("lights up in the kitchen");

        RewriteMatch ann = table.lookup("Ann", "lights up in the kitchen", query, TaughtPhrases.NONE).orElseThrow();
        assertEquals("switch on the kitchen lights", ann.rewrittenText());
        assertEquals("rewrite:personal", ann.contextSignal());
        RewriteMatch bob = table.lookup("bob", "lights up in the kitchen", query, TaughtPhrases.NONE).orElseThrow();
        assertEquals("turn on the kitchen lights", bob.rewrittenText());
        assertEquals("rewrite:household", bob.contextSignal());

        TaughtPhrases annTaughtIt = (user, text) -> user.equals("ann") && text.contains("lights up");
        assertEquals(Optional.empty(), table.lookup("ann", "lights up in the kitchen", query, annTaughtIt));
        Embedding unrelated = embeddings.embed("what's the weather");
        assertEquals(Optional.empty(), table.lookup("ann", "what's the weather", unrelated, TaughtPhrases.NONE));
    }

    @Test
    void table_queryFromAnotherEmbeddingSpace_isRefused() {
        RewriteTable table = new RewriteTable(List.of(rule(new RewriteScope.Household(), "kitchen lights go",
                "turn on the kitchen lights")), 0.88);
        Embedding other = new Embedding(embeddings.embed("kitchen lights go").vector(), "bge-small-en-v1.5-q");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.lookup("ann", "kitchen lights go", other, TaughtPhrases.NONE));
        assertTrue(e.getMessage().contains("bge-small-en-v1.5-q"), e.getMessage());
    }

    @Test
    void store_interactionsInMinedRewritesOutSurviveReopening(@TempDir Path dir) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        List<String> said = List.of("lights up in the kitchen", "turn on the kitchen lights");
        try (JournaledRecordStore store = JournaledRecordStore.open(dir, clock)) {
            TeachableBooks books = TeachableBooks.over(store);
            for (int day = 0; day < 3; day++) {
                int s = day * 86_400;
                books.interactions().append(new Interaction(UserId.of("ann"), "t" + day + "a", T0.plusSeconds(s),
                        "kitchen-satellite", said.get(0), null, null, "not_understood", 0.2, Map.of()));
                books.interactions().append(new Interaction(UserId.of("ann"), "t" + day + "b", T0.plusSeconds(s + 9),
                        "kitchen-satellite", said.get(1), null, "HassTurnOn", "executed", 0.9, Map.of()));
            }
            books.interactions().append(new Interaction(UserId.of("ann"), "no", T0.plusSeconds(400_000), "",
                    "kitchen lights go", null, "HassTurnOff", "executed", 0.7,
                    Map.of(RephraseStore.FEEDBACK, RephraseStore.NEGATIVE)));
            RephraseStore rephrase = new RephraseStore(books.interactions(), books.rewrites());

            List<InteractionRecord> log = rephrase.interactions(store.users());
            assertEquals(7, log.size());
            assertEquals(InteractionOutcome.ANSWERED_NO, log.get(6).outcome());
            RewriteMining.Result mined = new RewriteMining(RephraseSimilarity.DEFAULT, RephraseDetector.DEFAULT_WINDOW,
                    MiningSettings.DEFAULT, embeddings).run(log, 0);
            assertEquals(1, mined.rewrites().size(), mined.rewrites().toString());
            assertEquals(1, rephrase.save(mined.rewrites()));
        }
        try (JournaledRecordStore reopened = JournaledRecordStore.open(dir, clock)) {
            TeachableBooks books = TeachableBooks.over(reopened);
            RewriteTable table = new RephraseStore(books.interactions(), books.rewrites())
                    .table(List.of(UserId.of("ann"), UserId.HOUSEHOLD), 0.88);
            assertEquals(Optional.of(encoder.spaceId()), table.spaceId());
            RewriteMatch match = table.lookup("ann", said.get(0), embeddings.embed(said.get(0)), TaughtPhrases.NONE)
                    .orElseThrow();
            assertEquals("turn on the kitchen lights", match.rewrittenText());
            assertEquals(Optional.empty(), table.lookup("bob", said.get(0), embeddings.embed(said.get(0)),
                    TaughtPhrases.NONE));
        }
    }

    @Test
    void generator_sameSeedSameLog_otherSeedOtherLog() {
        assertEquals(SyntheticInteractionLog.generate(3, 400, T0), SyntheticInteractionLog.generate(3, 400, T0));
        assertFalse(SyntheticInteractionLog.generate(3, 400, T0).equals(SyntheticInteractionLog.generate(4, 400, T0)));
    }

    private RewriteRule rule(RewriteScope scope, String source, String target) {
        return new RewriteRule(scope, source, embeddings.embed(source), target, "HassTurnOn");
    }

    private static InteractionRecord turn(int second, String user, String text, InteractionOutcome outcome) {
        return new InteractionRecord(T0.plusSeconds(second), user, "kitchen-satellite", text, outcome,
                outcome == InteractionOutcome.SUCCESS ? "HassTurnOn" : null);
    }

    private static void assertHasRewrite(List<MinedRewrite> rewrites, String layer, String source, String target) {
        assertTrue(rewrites.stream().anyMatch(r -> r.scope().label().equals(layer) && r.target().equals(target)
                        && r.sources().stream().anyMatch(s -> s.text().equals(source))),
                "expected " + layer + " rewrite '" + source + "' -> '" + target + "' among " + rewrites.stream()
                        .map(r -> r.scope().label() + ":" + r.source() + "->" + r.target()).toList());
    }
}
