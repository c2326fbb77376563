package io.ambient.teachable.rephrase;

import java.util.List;

/**
 * What the proposed rewrites would have done on the held-back part of a log.
 *
 * @param chains           requests in the held-back part (each chain is one request and its rephrases)
 * @param wins             rephrased requests the rewrite sends straight to where the user ended up
 * @param turnsSaved       attempts those wins spare the users
 * @param lossesChanged    requests that succeeded as spoken but a rewrite would have changed
 * @param lossesElsewhere  rephrased requests the rewrite sends somewhere other than where the user ended up
 * @param missed           rephrased requests that ended in success but no rewrite matched
 * @param unverified       requests a rewrite matched whose user never succeeded, so the log cannot judge
 * @param unresolved       requests that never succeeded (including rephrases the detector did not link, which
 *                         show up as separate failed requests)
 * @param cases            every win and loss, for the report
 */
public record ReplayReport(int chains, int wins, int turnsSaved, int lossesChanged, int lossesElsewhere, int missed,
                           int unverified, int unresolved, List<ReplayCase> cases) {

    /** One judged request. */
    public record ReplayCase(String verdict, String user, String request, String rewrittenTo, String eventually) {
    }

    public ReplayReport {
        cases = List.copyOf(cases);
    }

    public int losses() {
        return lossesChanged + lossesElsewhere;
    }

    /** Wins among judged rewrites; NaN when no rewrite fired. */
    public double precision() {
        int judged = wins + losses();
        return judged == 0 ? Double.NaN : (double) wins / judged;
    }
}
