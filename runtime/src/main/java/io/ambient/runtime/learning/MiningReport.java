package io.ambient.runtime.learning;

import java.time.Instant;

/**
 * One mining run.
 *
 * @param mined        false when nothing could be mined (see {@code note})
 * @param note         why not, or what happened
 * @param interactions logged turns read (dialog clarifications left out)
 * @param requests     request chains found, and how many of them were rephrased
 * @param rewrites     rewrites proposed; {@code rulesSaved} source phrasings stored (forgotten ones skipped)
 * @param spaceId      embedding space of the encoder used (the serving model's, through its transform)
 * @param ms           how long it took
 */
public record MiningReport(boolean mined, String note, Instant at, int interactions, int requests, int rephrased,
                           int rewrites, int rulesSaved, String spaceId, double ms) {

    static MiningReport notMined(String why, Instant at) {
        return new MiningReport(false, why, at, 0, 0, 0, 0, 0, null, 0);
    }
}
