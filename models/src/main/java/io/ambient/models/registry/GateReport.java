package io.ambient.models.registry;

import java.util.List;
import java.util.Objects;

/**
 * What the compatibility gate found about one update, stored next to the version and served by the API.
 *
 * @param candidate        the update, {@code id@version}
 * @param candidateVersion its version alone
 * @param current          the model it would replace
 * @param passed           true when every check passed
 * @param reasons          why it failed, one sentence per failed check (empty when it passed)
 * @param embedding        the retrieval criterion
 * @param regression       negative flips
 * @param accuracy         overall accuracy, current vs candidate
 * @param checkedAt        ISO-8601 instant
 */
public record GateReport(String candidate, String candidateVersion, String current, boolean passed,
                         List<String> reasons, EmbeddingCheck embedding, RegressionCheck regression,
                         AccuracyCheck accuracy, String checkedAt) {

    public GateReport {
        Objects.requireNonNull(candidate, "candidate");
        reasons = List.copyOf(reasons);
    }

    /**
     * Stored embeddings stay usable: the candidate's vectors (through its transform, if any) land in the current
     * space, and retrieve paraphrases against an index of current-space embeddings at least as well as the
     * current encoder does.
     *
     * @param currentSpace   the space stored embeddings are in
     * @param candidateSpace the space the candidate delivers vectors in (after its transform)
     * @param encoderSpace   the candidate encoder's own space
     * @param transform      whether the candidate ships a transform
     * @param pairs          paraphrase pairs used
     * @param oldVsOld       retrieval accuracy, current queries against the current index
     * @param newVsOld       retrieval accuracy, candidate queries against the current index (0 if not comparable)
     */
    public record EmbeddingCheck(String currentSpace, String candidateSpace, String encoderSpace, boolean transform,
                                 int pairs, double oldVsOld, double newVsOld, boolean passed, String detail) { }

    /**
     * @param cases               evaluation cases compared
     * @param negativeFlips       cases the current model got right and the candidate gets wrong
     * @param negativeFlipRate    negativeFlips / cases
     * @param positiveFlips       the other way round
     * @param maxNegativeFlipRate the policy's limit
     * @param taughtPhrases       taught phrases and rewrites checked
     * @param taughtFlips         of those, how many the candidate no longer handles as before (must be 0)
     * @param flipped             ids of the flipped cases and phrases (at most 50)
     */
    public record RegressionCheck(int cases, int negativeFlips, double negativeFlipRate, int positiveFlips,
                                  double maxNegativeFlipRate, int taughtPhrases, int taughtFlips, List<String> flipped,
                                  boolean passed) { }

    public record AccuracyCheck(int cases, double current, double candidate, boolean passed) { }
}
