package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * Self-learning from rephrases at run time: the interaction log every turn is written to, how long it is kept,
 * when rewrites are mined from it, and when the store's journal is compacted.
 *
 * @param enabled             false: turns are not logged and nothing is mined (taught things still work)
 * @param logMaxTurnsPerUser  the newest turns kept per user (and for the household); older ones are pruned
 * @param logMaxAge           turns older than this are pruned
 * @param pruneEvery          a user's log is pruned after every this many of their turns (and at start-up)
 * @param queueCapacity       turns waiting to be written; beyond it a turn is not logged (and the log says so),
 *                            so a slow disk never slows a turn
 * @param mineEveryTurns      mine after this many newly logged turns; 0: never by count
 * @param mineInterval        also mine this often when anything was logged since; 0: no schedule
 * @param matchThreshold      cosine from which a request matches a mined rewrite's source at run time
 * @param compactRatio        compact the journal when it is more than this many times its live records' size
 * @param compactMinBytes     ... and at least this long (small journals are left alone)
 */
@ConfigurationProperties("ambient.learning")
public record LearningConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Min(1) @Bindable(defaultValue = "5000") int logMaxTurnsPerUser,
        @Bindable(defaultValue = "90d") Duration logMaxAge,
        @Min(1) @Bindable(defaultValue = "100") int pruneEvery,
        @Min(1) @Bindable(defaultValue = "1000") int queueCapacity,
        @Min(0) @Bindable(defaultValue = "50") int mineEveryTurns,
        @Bindable(defaultValue = "6h") Duration mineInterval,
        @DecimalMin("0.5") @DecimalMax("1.0") @Bindable(defaultValue = "0.88") double matchThreshold,
        @DecimalMin("1.5") @Bindable(defaultValue = "3.0") double compactRatio,
        @Min(0) @Bindable(defaultValue = "1048576") long compactMinBytes) {

    public LearningConfiguration {
        if (logMaxAge == null || logMaxAge.isNegative() || logMaxAge.isZero()) {
            throw new IllegalArgumentException("ambient.learning.log-max-age must be positive, was " + logMaxAge);
        }
        if (mineInterval == null || mineInterval.isNegative()) {
            throw new IllegalArgumentException("ambient.learning.mine-interval must be 0 or positive, was "
                    + mineInterval);
        }
        if (!(matchThreshold >= 0.5 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("ambient.learning.match-threshold must be in [0.5, 1], was "
                    + matchThreshold);
        }
        if (!(compactRatio >= 1.5)) {
            throw new IllegalArgumentException("ambient.learning.compact-ratio must be at least 1.5, was "
                    + compactRatio);
        }
    }
}
