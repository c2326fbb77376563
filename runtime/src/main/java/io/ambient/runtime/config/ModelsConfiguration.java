package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.time.Duration;
import java.util.List;

/**
 * Model updates (issue 6).
 *
 * @param dataDir             where installed versions, gate reports, the active pointer and incoming chunks live
 *                            (default {@code ~/.ambient/models})
 * @param trustedKeys         Ed25519 public keys (base64 X.509, as {@code ./ambient models keygen} writes them)
 *                            whose signatures this hub accepts
 * @param trustedKeysFile     a file of such keys, one per line ('#' comments allowed), in addition
 * @param maxNegativeFlipRate the gate's limit on negative flips over the evaluation sets
 * @param maxAccuracyDrop     how far below the serving model's accuracy an update may be (default 0: not lower)
 * @param mqttDelivery        whether updates are taken from the broker ({@code ambient/models/intent/...})
 * @param regressionHomes     the evaluation homes of the regression suite (default: eval/homes of the install)
 * @param regressionCases     the evaluation cases of the regression suite (default: eval/cases of the install)
 * @param requestAfter        how long without a new chunk before the hub asks for missing ones
 */
@ConfigurationProperties("ambient.models")
public record ModelsConfiguration(
        @Nullable String dataDir,
        @Nullable List<String> trustedKeys,
        @Nullable String trustedKeysFile,
        @DecimalMin("0") @DecimalMax("1") @Bindable(defaultValue = "0.005") double maxNegativeFlipRate,
        @DecimalMin("0") @DecimalMax("1") @Bindable(defaultValue = "0") double maxAccuracyDrop,
        @Bindable(defaultValue = "true") boolean mqttDelivery,
        @Nullable String regressionHomes,
        @Nullable String regressionCases,
        @Bindable(defaultValue = "2s") Duration requestAfter) {
}
