package io.ambient.runtime.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/turns} and {@code POST /api/interpret}. */
@Serdeable
@Schema(description = "Words to handle, and who said them where")
public record TurnBody(
        @NotBlank @Size(max = 1000) @Schema(example = "turn on the lights") String text,
        @Nullable @Size(max = 200) @Schema(description = "satellite id; gives the speaker's area", example = "kitchen-satellite") String site,
        @Nullable @Size(max = 200) @Schema(example = "ann") String user,
        @Nullable @Size(max = 200) @Schema(description = "speaker's area id or name, when there is no site") String area) {
}
