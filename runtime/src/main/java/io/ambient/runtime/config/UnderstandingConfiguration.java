package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Which understanding serves turns.
 *
 * @param model      {@code onnx} (the trained intent model, the default) or {@code rules} (the keyword rules)
 * @param packageDir a model package directory to load instead of the one built into the runtime
 * @param threads    ONNX Runtime intra-op threads per session
 */
@ConfigurationProperties("ambient.understanding")
public record UnderstandingConfiguration(
        @Pattern(regexp = "onnx|rules", message = "must be onnx or rules") @Bindable(defaultValue = "onnx") String model,
        @Nullable String packageDir,
        @Min(1) @Max(8) @Bindable(defaultValue = "1") int threads) {
}
