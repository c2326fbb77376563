package io.ambient.teachable.policy;

import java.util.List;
import java.util.Map;

/**
 * Estimates how often a new (target) policy would succeed, from conversations logged under another policy,
 * before the new one is used.
 *
 * <p>Each conversation gets the importance weight {@code w = prod_t pi(a_t | x_t) / p_t}: the target's probability
 * of the logged prompt over its logged propensity. Because the logging policy explored (every allowed prompt had
 * a positive propensity), {@code mean(w * reward)} is an unbiased estimate of the target's success rate (IPS).
 * The self-normalised estimate and the effective sample size say how much to trust it. A target that would take a
 * prompt the logger never could is reported as {@link OffPolicyEstimate.Unsupported}, not estimated.
 */
public final class OffPolicyEvaluator {
    private static final double Z95 = 1.959963984540054;

    /** Probability the target may put on unlogged actions before the log counts as not covering it. */
    private static final double SUPPORT_TOLERANCE = 1e-12;

    public OffPolicyEstimate evaluate(List<ConversationRecord> log, Policy target) {
        if (log.isEmpty()) {
            return new OffPolicyEstimate.Empty();
        }
        int unsupported = 0;
        String example = null;
        double missingMass = 0;
        int n = log.size();
        double[] weights = new double[n];
        double[] rewards = new double[n];
        for (int i = 0; i < n; i++) {
            ConversationRecord c = log.get(i);
            double w = 1;
            for (ConversationStep step : c.steps()) {
                ActionDistribution pi = target.distribution(step.features());
                double missing = 0;
                for (Map.Entry<DialogAction, Double> e : pi.probabilities().entrySet()) {
                    if (!step.probabilities().containsKey(e.getKey())) {
                        missing += e.getValue();
                        if (example == null) {
                            example = "with " + step.features().known() + " known and " + step.features().rejections()
                                    + " rejections the target would " + e.getKey() + " (p=" + e.getValue()
                                    + "), which the logging policy never did (p=0)";
                        }
                    }
                }
                if (missing > SUPPORT_TOLERANCE) {
                    unsupported++;
                    missingMass = Math.max(missingMass, missing);
                }
                w *= pi.probability(step.action()) / step.propensity();
            }
            weights[i] = w;
            rewards[i] = c.reward();
        }
        if (unsupported > 0) {
            return new OffPolicyEstimate.Unsupported(n, unsupported, example, missingMass);
        }
        return estimate(weights, rewards);
    }

    private static OffPolicyEstimate.Estimated estimate(double[] w, double[] r) {
        int n = w.length;
        double sumW = 0;
        double sumW2 = 0;
        double sumWR = 0;
        double logged = 0;
        int matching = 0;
        for (int i = 0; i < n; i++) {
            sumW += w[i];
            sumW2 += w[i] * w[i];
            sumWR += w[i] * r[i];
            logged += r[i];
            if (w[i] > 0) {
                matching++;
            }
        }
        double ips = sumWR / n;
        double varIps = 0;
        for (int i = 0; i < n; i++) {
            double d = w[i] * r[i] - ips;
            varIps += d * d;
        }
        varIps /= Math.max(1, n - 1);
        double ipsHalf = Z95 * Math.sqrt(varIps / n);
        double snips = sumW == 0 ? 0 : sumWR / sumW;
        // delta method: Var(SNIPS) ~ sum(w^2 (r - snips)^2) / (sum w)^2
        double num = 0;
        for (int i = 0; i < n; i++) {
            double d = r[i] - snips;
            num += w[i] * w[i] * d * d;
        }
        double snipsHalf = sumW == 0 ? 0 : Z95 * Math.sqrt(num) / sumW;
        double ess = sumW2 == 0 ? 0 : sumW * sumW / sumW2;
        return new OffPolicyEstimate.Estimated(n, ips, ips - ipsHalf, ips + ipsHalf, snips,
                Math.max(0, snips - snipsHalf), Math.min(1, snips + snipsHalf), ess, matching, logged / n);
    }
}
