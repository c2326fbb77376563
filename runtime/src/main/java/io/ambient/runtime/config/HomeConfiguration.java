package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The home. {@code file} is a home file (shared/formats.md §2) giving floors, areas, sites and, optionally,
 * names and aliases of devices that discovery reports without them. With {@code simulate: true} every
 * entity of the file also runs as a virtual device on the broker (the demo).
 *
 * @param simulationSpeed how much faster than real time simulated devices change (an oven heating up)
 */
@ConfigurationProperties("ambient.home")
public record HomeConfiguration(
        @Nullable String file,
        @Bindable(defaultValue = "false") boolean simulate,
        @Bindable(defaultValue = "1.0") double simulationSpeed) {
}
