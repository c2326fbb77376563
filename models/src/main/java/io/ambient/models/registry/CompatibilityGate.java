package io.ambient.models.registry;

import io.ambient.models.intent.IntentClassifier;
import io.ambient.models.registry.GateReport.AccuracyCheck;
import io.ambient.models.registry.GateReport.EmbeddingCheck;
import io.ambient.models.registry.GateReport.RegressionCheck;
import io.ambient.models.registry.RegressionEvaluator.CaseResult;
import io.ambient.models.text.Embedding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a candidate model may replace the serving one (issue 6, design.md §5), before it serves a
 * single turn:
 * <ol>
 *   <li>embedding space: the candidate's vectors are in the serving space (same encoder, or through a shipped
 *       transform) and retrieve paraphrases from an index of serving-space embeddings at least as well as the
 *       serving encoder does ({@code newVsOld >= oldVsOld});</li>
 *   <li>regression: negative flip rate on the evaluation sets at most the policy's limit, and no taught phrase or
 *       rewrite handled differently;</li>
 *   <li>accuracy on the evaluation sets not lower than the serving model's.</li>
 * </ol>
 * Stateless apart from its inputs; one check at a time per instance is the intended use.
 */
public final class CompatibilityGate {
    private static final int MAX_LISTED = 50;

    private final GatePolicy policy;
    private final ParaphraseSet paraphrases;
    private final RegressionEvaluator evaluator;
    private final RegressionSuiteSource taught;
    private final Clock clock;

    public CompatibilityGate(GatePolicy policy, ParaphraseSet paraphrases, RegressionEvaluator evaluator,
                             RegressionSuiteSource taught, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.paraphrases = Objects.requireNonNull(paraphrases, "paraphrases");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.taught = Objects.requireNonNull(taught, "taught");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public GateReport check(GateSubject current, GateSubject candidate, String candidateVersion) {
        List<String> reasons = new ArrayList<>();
        EmbeddingCheck embedding = embedding(current, candidate);
        if (!embedding.passed()) {
            reasons.add(embedding.detail());
        }
        List<CaseResult> before = evaluator.evaluate(current.classifier());
        List<CaseResult> after = evaluator.evaluate(candidate.classifier());
        RegressionCheck regression = regression(before, after, current, candidate);
        if (regression.negativeFlipRate() > policy.maxNegativeFlipRate()) {
            reasons.add(String.format(Locale.ROOT, "negative flip rate %.2f%% (%d of %d cases) is above the limit %.2f%%",
                    100 * regression.negativeFlipRate(), regression.negativeFlips(), regression.cases(),
                    100 * policy.maxNegativeFlipRate()));
        }
        if (regression.taughtFlips() > 0) {
            reasons.add(regression.taughtFlips() + " of " + regression.taughtPhrases()
                    + " taught phrases or rewrites would no longer work as taught");
        }
        AccuracyCheck accuracy = new AccuracyCheck(before.size(), share(before), share(after),
                share(after) >= share(before) - policy.maxAccuracyDrop() && !before.isEmpty());
        if (before.isEmpty()) {
            reasons.add("the regression suite is empty: nothing shows the update does not regress");
        } else if (!accuracy.passed()) {
            reasons.add(String.format(Locale.ROOT, "accuracy %.4f is lower than the serving model's %.4f%s",
                    accuracy.candidate(), accuracy.current(), policy.maxAccuracyDrop() > 0
                            ? String.format(Locale.ROOT, " by more than the allowed %.4f", policy.maxAccuracyDrop()) : ""));
        }
        return new GateReport(candidate.coordinates(), candidateVersion, current.coordinates(), reasons.isEmpty(),
                reasons, embedding, regression, accuracy, clock.instant().toString());
    }

    private EmbeddingCheck embedding(GateSubject current, GateSubject candidate) {
        String space = current.encoder().spaceId();
        String delivered = candidate.encoder().spaceId();
        List<Embedding> index = RetrievalCheck.index(paraphrases, current.encoder());
        double oldVsOld = RetrievalCheck.accuracy(paraphrases, index, current.encoder());
        int n = paraphrases.pairs().size();
        if (!delivered.equals(space)) {
            return new EmbeddingCheck(space, delivered, candidate.encoderSpace(), candidate.transformed(), n, oldVsOld, 0,
                    false, "the update's embeddings are in space " + delivered + " but the stored ones are in " + space
                    + ", and it ships no transform into " + space + " (stored embeddings would need re-indexing)");
        }
        double newVsOld = RetrievalCheck.accuracy(paraphrases, index, candidate.encoder());
        boolean passed = newVsOld >= oldVsOld;
        String detail = String.format(Locale.ROOT, "paraphrase retrieval against the stored %s index: new %.4f %s old %.4f"
                + " (%d pairs%s)", space, newVsOld, passed ? ">=" : "<", oldVsOld, n,
                candidate.transformed() ? ", through the " + candidate.encoderSpace() + " -> " + space + " transform" : "");
        return new EmbeddingCheck(space, delivered, candidate.encoderSpace(), candidate.transformed(), n, oldVsOld,
                newVsOld, passed, detail);
    }

    private RegressionCheck regression(List<CaseResult> before, List<CaseResult> after, GateSubject current,
                                       GateSubject candidate) {
        Map<String, Boolean> afterById = new HashMap<>();
        after.forEach(r -> afterById.put(r.id(), r.correct()));
        int negative = 0;
        int positive = 0;
        List<String> flipped = new ArrayList<>();
        for (CaseResult b : before) {
            boolean a = afterById.getOrDefault(b.id(), false);
            if (b.correct() && !a) {
                negative++;
                list(flipped, b.id());
            } else if (!b.correct() && a) {
                positive++;
            }
        }
        List<RegressionSuiteSource.Phrase> phrases = taught.phrases();
        int taughtFlips = 0;
        for (RegressionSuiteSource.Phrase p : phrases) {
            if (taughtFlipped(p, phrases, current, candidate)) {
                taughtFlips++;
                list(flipped, "taught:" + p.id());
            }
        }
        double rate = before.isEmpty() ? 0 : negative / (double) before.size();
        boolean passed = rate <= policy.maxNegativeFlipRate() && taughtFlips == 0 && !before.isEmpty();
        return new RegressionCheck(before.size(), negative, rate, positive, policy.maxNegativeFlipRate(),
                phrases.size(), taughtFlips, flipped, passed);
    }

    /**
     * A taught phrase flips if the candidate gives another intent where the current model gave the expected one
     * (the taught intent, or for {@code keepIntent} the one served today), or if its text, embedded by the candidate, no longer finds its own stored embedding first among all stored
     * phrases (what matching a taught phrase without re-indexing relies on).
     */
    private static boolean taughtFlipped(RegressionSuiteSource.Phrase p, List<RegressionSuiteSource.Phrase> all,
                                         GateSubject current, GateSubject candidate) {
        if (p.intent() != null || p.keepIntent()) {
            String served = top(current.classifier(), p.text());
            String expected = p.intent() != null ? p.intent() : served;
            if (expected.equals(served) && !expected.equals(top(candidate.classifier(), p.text()))) {
                return true;
            }
        }
        if (p.stored() == null) {
            return false;
        }
        if (!p.stored().spaceId().equals(candidate.encoder().spaceId())) {
            return true;
        }
        List<RegressionSuiteSource.Phrase> stored = all.stream().filter(q -> q.stored() != null
                && q.stored().spaceId().equals(p.stored().spaceId())).toList();
        int own = stored.indexOf(p);
        return RetrievalCheck.nearest(candidate.encoder().encode(p.text()),
                stored.stream().map(RegressionSuiteSource.Phrase::stored).toList()) != own;
    }

    private static String top(IntentClassifier classifier, String text) {
        return classifier.classify(text).get(0).label();
    }

    private static double share(List<CaseResult> results) {
        return results.isEmpty() ? 0 : results.stream().filter(CaseResult::correct).count() / (double) results.size();
    }

    private static void list(List<String> ids, String id) {
        if (ids.size() < MAX_LISTED) {
            ids.add(id);
        }
    }
}
