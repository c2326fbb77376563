package io.ambient.runtime.teach;

import io.ambient.devices.HomeSnapshot;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.text.Embedding;
import io.ambient.runtime.turn.Rewrite;
import io.ambient.runtime.turn.TurnRequest;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.understanding.LoadedModel;
import io.ambient.runtime.wiring.IntentModelLoader;
import io.ambient.teachable.rephrase.MiningSettings;
import io.ambient.teachable.store.JournaledRecordStore;
import io.ambient.teachable.store.Rewrite.RewriteStats;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Mined rewrites in the rewrite stage, on a real store and the real models: v1 (MiniLM) and the demo update v2
 * (bge-small with its transform into v1's space). A rewrite stored with v1's embedding is found through v2
 * without re-embedding; what a user taught wins; a rule from another space is never compared.
 */
class LearnedRewritesTest {
    private static final Path V2 = Path.of("..", "models", "demo", "intent-v2");
    private static final String FAILED = "lights up kitchen";
    private static final String WORKS = "turn on the kitchen lights";
    private static LoadedModel v1;
    private static LoadedModel v2;

    @TempDir
    Path dir;
    private JournaledRecordStore store;
    private TeachableBooks books;
    private TeachingStage stage;
    private final HomeSnapshot home = HomeSnapshot.empty(Instant.parse("2026-05-01T07:00:00Z"));

    @BeforeAll
    static void loadModels() throws Exception {
        IntentModelLoader loader = new IntentModelLoader(null, 1, IntentModelLoader.Mode.BLENDED, 0.5);
        v1 = loader.load(BuiltInIntentModel.read());
        v2 = loader.load(new ModelPackageReader().read(V2));
    }

    @AfterAll
    static void closeModels() throws Exception {
        v1.resources().close();
        v2.resources().close();
    }

    @BeforeEach
    void open() {
        store = JournaledRecordStore.open(dir, Clock.systemUTC());
        books = TeachableBooks.over(store);
        stage = new TeachingStage(books.phrases(), books.aliases(),
                new LearnedRewrites(books.rewrites(), MiningSettings.DEFAULT.matchThreshold()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void storeRewrite(UserId user, String from, String to) {
        books.rewrites().put(user, from, to, new RewriteStats(2, 0, 0),
                Optional.of(v1.stage().encoder().orElseThrow().encode(from)));
    }

    private Rewrite.Steps rewrite(String text, String user, UnderstandingStage understanding) {
        return (Rewrite.Steps) stage.rewrite(new TurnRequest(text, null, user, null, true), home, understanding);
    }

    @Test
    void rewrite_personalRule_rewritesWithSignal() {
        storeRewrite(UserId.of("ann"), FAILED, WORKS);

        Rewrite.Steps steps = rewrite(FAILED, "ann", v1.stage());

        assertEquals(List.of(WORKS), steps.steps());
        assertEquals(List.of("rewrite:ann/" + FAILED + " -> " + WORKS), steps.used());
        // a near wording matches by similarity
        Rewrite.Steps near = rewrite("lights up in the kitchen", "ann", v1.stage());
        assertEquals(List.of(WORKS), near.steps());
        assertEquals(List.of("rewrite:ann/" + FAILED + " -> " + WORKS), near.used());
        // someone else's personal rule is not theirs
        assertEquals(List.of(FAILED), rewrite(FAILED, "bob", v1.stage()).steps());
        // changes reach the next turn (the decoded rules are cached until the store's rewrites change)
        storeRewrite(UserId.of("ann"), FAILED, "turn on the office fan");
        assertEquals(List.of("turn on the office fan"), rewrite(FAILED, "ann", v1.stage()).steps());
        books.rewrites().forget(UserId.of("ann"), FAILED);
        assertEquals(List.of(FAILED), rewrite(FAILED, "ann", v1.stage()).steps());
        storeRewrite(UserId.of("ann"), FAILED, WORKS);
        assertEquals(List.of(WORKS), rewrite(FAILED, "ann", v1.stage()).steps());
        store.erase(UserId.of("ann"));
        assertEquals(List.of(FAILED), rewrite(FAILED, "ann", v1.stage()).steps());
    }

    @Test
    void rewrite_afterSwapToV2_findsRuleStoredUnderV1WithoutReindexing() {
        assertEquals(v1.stage().encoder().orElseThrow().spaceId(), v2.stage().encoder().orElseThrow().spaceId());
        assertNotEquals(v1.stage().version(), v2.stage().version());
        storeRewrite(UserId.of("ann"), FAILED, WORKS);
        float[] before = books.rewrites().find(UserId.of("ann"), FAILED).orElseThrow().embedding().orElseThrow()
                .vector();

        Rewrite.Steps steps = rewrite(FAILED, "ann", v2.stage());

        assertEquals(List.of(WORKS), steps.steps());
        float[] after = books.rewrites().find(UserId.of("ann"), FAILED).orElseThrow().embedding().orElseThrow()
                .vector();
        assertEquals(true, Arrays.equals(before, after), "the stored embedding was not re-embedded");
    }

    @Test
    void rewrite_taughtPhraseOrAliasForSameWords_wins() {
        storeRewrite(UserId.of("ann"), FAILED, WORKS);
        books.phrases().teach(UserId.of("ann"), FAILED, List.of("turn on the kitchen ceiling"));

        Rewrite.Steps steps = rewrite(FAILED, "ann", v1.stage());

        assertEquals(List.of("turn on the kitchen ceiling"), steps.steps());
        assertEquals("taught-phrase:ann/" + FAILED, steps.used().get(0));
    }

    @Test
    void rewrite_personalBeforeHousehold_householdForEveryoneElse() {
        storeRewrite(UserId.HOUSEHOLD, FAILED, "turn on the lights");
        storeRewrite(UserId.of("ann"), FAILED, WORKS);

        assertEquals(List.of(WORKS), rewrite(FAILED, "ann", v1.stage()).steps());
        Rewrite.Steps bob = rewrite(FAILED, "bob", v1.stage());
        assertEquals(List.of("turn on the lights"), bob.steps());
        assertEquals(List.of("rewrite:household/" + FAILED + " -> turn on the lights"), bob.used());
        assertEquals(List.of("turn on the lights"), rewrite(FAILED, null, v1.stage()).steps());
    }

    @Test
    void rewrite_ruleFromAnotherSpace_isNotCompared() {
        float[] vector = v1.stage().encoder().orElseThrow().encode(FAILED).vector();
        books.rewrites().put(UserId.of("ann"), FAILED, WORKS, RewriteStats.NONE,
                Optional.of(new Embedding(vector, "some-other-encoder")));

        Rewrite.Steps steps = rewrite(FAILED, "ann", v1.stage());

        assertEquals(List.of(FAILED), steps.steps());
        assertEquals(List.of(), steps.used());
    }

    @Test
    void rewrite_unrelatedRequestOrRulesWithoutEncoder_unchanged() {
        storeRewrite(UserId.of("ann"), FAILED, WORKS);

        assertEquals(List.of("what time is it"), rewrite("what time is it", "ann", v1.stage()).steps());
        UnderstandingStage rules = new UnderstandingStage(v1.stage().understander(), v1.stage().resolver(), "rules");
        assertEquals(List.of(FAILED), rewrite(FAILED, "ann", rules).steps());
    }
}
