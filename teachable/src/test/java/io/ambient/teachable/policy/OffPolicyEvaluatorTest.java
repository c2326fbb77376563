package io.ambient.teachable.policy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;

import static io.ambient.teachable.policy.DialogAction.ASK_ENERGY;
import static io.ambient.teachable.policy.DialogAction.ASK_ERA;
import static io.ambient.teachable.policy.DialogAction.ASK_GENRE;
import static io.ambient.teachable.policy.DialogAction.SUGGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IPS against a simulated environment whose true policy values are known exactly ({@link ExactPolicyValue}).
 * Tolerance: each estimate within 0.05 of the true value, and the true value inside the estimate's 95% interval,
 * on 20,000 conversations logged by a different, exploring policy (fixed seeds, so the run is reproducible).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffPolicyEvaluatorTest {
    private static final double TOLERANCE = 0.05;

    private final ConversationRules rules = new ConversationRules(MusicCatalogue.builtIn());
    private final SimulatedListeners listeners = SimulatedListeners.standard();
    private final ExactPolicyValue exact = new ExactPolicyValue(listeners, rules);
    private final DialogSimulator simulator = new DialogSimulator(listeners, rules);
    private final Policy logging = new RankedPolicy("explore-genre-first", 0.3, List.of(ASK_GENRE, SUGGEST),
            List.of(SUGGEST));
    private List<ConversationRecord> log;

    @BeforeAll
    void logConversations() {
        log = simulator.run(logging, 20_000, 5, Instant.EPOCH);
    }

    @Test
    void exactValue_agreesWithMonteCarloRunOfThePolicy() {
        Policy target = new RankedPolicy("suggest-at-once", 0, List.of(SUGGEST), List.of(SUGGEST));
        double truth = exact.value(target);
        double mc = simulator.monteCarloValue(target, 20_000, 11);
        // standard error of 20,000 Bernoulli draws near 0.5 is 0.0035; 0.015 is over four of them
        assertEquals(truth, mc, 0.015);
    }

    @Test
    void ips_deterministicTargetUnlikeTheLogger_isWithinToleranceOfTheTruth() {
        Policy target = new RankedPolicy("suggest-at-once", 0, List.of(SUGGEST), List.of(SUGGEST));
        double truth = exact.value(target);
        OffPolicyEstimate.Estimated e = assertInstanceOf(OffPolicyEstimate.Estimated.class,
                new OffPolicyEvaluator().evaluate(log, target));

        // not trivially the logger's own success rate: the target is much worse than the logger
        assertTrue(e.loggedValue() - truth > 0.1, "logged " + e.loggedValue() + " truth " + truth);
        assertEquals(truth, e.ips(), TOLERANCE);
        assertEquals(truth, e.snips(), TOLERANCE);
        assertTrue(e.ipsLow() <= truth && truth <= e.ipsHigh(), e.toString());
        assertTrue(e.snipsLow() <= truth && truth <= e.snipsHigh(), e.toString());
        assertTrue(e.matching() < e.conversations(), "a deterministic target disagrees with some logged prompts");
        assertTrue(e.effectiveSampleSize() < e.conversations() / 5.0, e.toString());
    }

    @Test
    void ips_exploringSoftmaxTarget_isWithinToleranceOfTheTruth() {
        Policy target = new SoftmaxPolicy("soft-energy-first", 0.5,
                java.util.Map.of(ASK_ENERGY, 2.0, ASK_GENRE, 1.5, ASK_ERA, 0.0, SUGGEST, 0.5),
                java.util.Map.of(SUGGEST, 1.0, ASK_ERA, 1.0));
        double truth = exact.value(target);
        OffPolicyEstimate.Estimated e = assertInstanceOf(OffPolicyEstimate.Estimated.class,
                new OffPolicyEvaluator().evaluate(log, target));
        assertEquals(truth, e.ips(), TOLERANCE);
        assertEquals(truth, e.snips(), TOLERANCE);
        assertTrue(e.ipsLow() <= truth && truth <= e.ipsHigh(), e.toString());
    }

    @Test
    void ips_targetEqualToTheLogger_isTheLoggedMeanWithFullSampleSize() {
        OffPolicyEstimate.Estimated e = assertInstanceOf(OffPolicyEstimate.Estimated.class,
                new OffPolicyEvaluator().evaluate(log, logging));
        assertEquals(e.loggedValue(), e.ips(), 1e-9);
        assertEquals(e.conversations(), e.effectiveSampleSize(), 1e-6);
        assertEquals(exact.value(logging), e.ips(), 0.02);
    }

    @Test
    void deterministicTarget_onLogsWithZeroPropensityForItsActions_isReportedUnsupported() {
        Policy greedyLogger = new RankedPolicy("genre-first-greedy", 0, List.of(ASK_GENRE, SUGGEST), List.of(SUGGEST));
        List<ConversationRecord> narrow = simulator.run(greedyLogger, 2_000, 9, Instant.EPOCH);
        Policy target = new RankedPolicy("energy-first", 0, List.of(ASK_ENERGY, SUGGEST), List.of(SUGGEST));

        OffPolicyEstimate.Unsupported u = assertInstanceOf(OffPolicyEstimate.Unsupported.class,
                new OffPolicyEvaluator().evaluate(narrow, target));
        assertEquals(2_000, u.conversations());
        assertTrue(u.unsupportedSteps() >= 2_000, u.toString());
        assertEquals(1.0, u.missingMass(), 1e-12);
        assertTrue(u.example().contains("ASK_ENERGY"), u.example());
    }

    @Test
    void emptyLog_isEmpty() {
        assertInstanceOf(OffPolicyEstimate.Empty.class, new OffPolicyEvaluator().evaluate(List.of(), logging));
    }
}
