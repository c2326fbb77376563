package io.ambient.teachable.rephrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays held-back chains through a {@link RewriteTable} and judges each rewrite that would have fired.
 *
 * <ul>
 *   <li><b>win</b>: the request was rephrased until it succeeded, and the rewrite of its first attempt reaches
 *       that success at once (same words or same cluster, and the same intent when both are known);</li>
 *   <li><b>loss</b>: the request succeeded as spoken and a rewrite would have changed it, or the rewrite points
 *       somewhere other than where the user ended up;</li>
 *   <li><b>missed</b>: the user got there by rephrasing, no rewrite matched;</li>
 *   <li><b>unverified</b>: a rewrite matched a request whose user never succeeded.</li>
 * </ul>
 */
public final class RewriteReplay {
    private final RewriteTable table;
    private final EmbeddingCache embeddings;
    private final RephraseSimilarity similarity;

    /**
     * @param similarity decides whether the rewrite's target and the user's successful phrasing mean the same
     *                   (the same test as for a rephrase)
     */
    public RewriteReplay(RewriteTable table, EmbeddingCache embeddings, RephraseSimilarity similarity) {
        this.table = table;
        this.embeddings = embeddings;
        this.similarity = similarity;
    }

    public ReplayReport replay(List<RephraseChain> heldBack) {
        int wins = 0;
        int saved = 0;
        int changed = 0;
        int elsewhere = 0;
        int missed = 0;
        int unverified = 0;
        int unresolved = 0;
        List<ReplayReport.ReplayCase> cases = new ArrayList<>();
        for (RephraseChain chain : heldBack) {
            InteractionRecord first = chain.first();
            Optional<RewriteMatch> match = table.lookup(first.user(), first.text(), embeddings.embed(first.text()),
                    TaughtPhrases.NONE);
            Optional<InteractionRecord> success = chain.success();
            if (success.isEmpty()) {
                unresolved++;
            }
            if (match.isEmpty()) {
                if (success.isPresent() && !chain.succeededAtOnce()) {
                    missed++;
                }
                continue;
            }
            String target = match.get().rewrittenText();
            if (success.isEmpty()) {
                unverified++;
                continue;
            }
            String verdict;
            if (chain.succeededAtOnce()) {
                changed++;
                verdict = "loss: changed a success";
            } else if (reaches(match.get().rule(), success.get())) {
                wins++;
                saved += chain.attempts().size() - 1;
                verdict = "win";
            } else {
                elsewhere++;
                verdict = "loss: elsewhere";
            }
            cases.add(new ReplayReport.ReplayCase(verdict, first.user(), first.text(), target, success.get().text()));
        }
        return new ReplayReport(heldBack.size(), wins, saved, changed, elsewhere, missed, unverified, unresolved, cases);
    }

    /**
     * Same destination: the same words, or the same intent (when the log gives both) and a similarity that would
     * make one a rephrase of the other ("turn on" and "switch on the kitchen lights"; not "turn on the office
     * fan"). The log carries no slots, so two requests of one intent for different but similar-sounding
     * devices can pass for one; a log with slots would judge by them.
     */
    private boolean reaches(RewriteRule rewrite, InteractionRecord success) {
        String target = embeddings.normalise(rewrite.target());
        String reached = embeddings.normalise(success.text());
        if (target.equals(reached)) {
            return true;
        }
        if (rewrite.targetIntent() != null && success.intent() != null
                && !rewrite.targetIntent().equals(success.intent())) {
            return false;
        }
        return similarity.isRephrase(target, reached, embeddings);
    }
}
