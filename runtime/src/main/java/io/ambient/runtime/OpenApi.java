package io.ambient.runtime;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Gives the generated OpenAPI document its title; served at {@code /swagger/ambient-0.1.yml}. */
@OpenAPIDefinition(info = @Info(title = "ambient", version = "0.1",
        description = "Offline, contextual assistant runtime for the home"))
final class OpenApi {
    private OpenApi() {
    }
}
