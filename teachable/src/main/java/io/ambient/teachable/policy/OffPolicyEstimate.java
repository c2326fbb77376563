package io.ambient.teachable.policy;

/** What an offline evaluation of a target policy on logged conversations found. */
public sealed interface OffPolicyEstimate {

    /**
     * The target's estimated success rate.
     *
     * @param conversations      logged conversations used
     * @param ips                inverse propensity scoring: mean of {@code w * reward}, w = product over the
     *                           conversation's prompts of target probability / logged propensity; unbiased
     * @param ipsLow             lower end of the 95% normal confidence interval of {@code ips}
     * @param ipsHigh            upper end
     * @param snips              self-normalised IPS: {@code sum(w * reward) / sum(w)}; slightly biased, much
     *                           lower variance, always within [0, 1]
     * @param snipsLow           lower end of its 95% interval (delta method)
     * @param snipsHigh          upper end
     * @param effectiveSampleSize {@code (sum w)^2 / sum w^2}: how many conversations the estimate is worth; far
     *                           below {@code conversations} means the target strays from the logging policy
     * @param matching           conversations in which the target could have made every logged choice (w > 0)
     * @param loggedValue        the logging policy's own success rate in the log, for comparison
     */
    record Estimated(int conversations, double ips, double ipsLow, double ipsHigh, double snips, double snipsLow,
                     double snipsHigh, double effectiveSampleSize, int matching, double loggedValue)
            implements OffPolicyEstimate {
    }

    /**
     * The log cannot evaluate the target: in some logged state the target would take an action the logging policy
     * gave probability zero, so no logged conversation shows what would have happened; IPS would silently count
     * those cases as failures.
     *
     * @param conversations    logged conversations
     * @param unsupportedSteps logged prompts at which the target puts probability on such actions
     * @param example          one such state and action, in words
     * @param missingMass      the largest target probability on unlogged actions at any logged prompt
     */
    record Unsupported(int conversations, int unsupportedSteps, String example, double missingMass)
            implements OffPolicyEstimate {
    }

    /** The log holds no conversations. */
    record Empty() implements OffPolicyEstimate {
    }
}
