package io.ambient.runtime.http;

import io.ambient.teachable.store.Alias;
import io.ambient.teachable.store.TaughtPhrase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** JSON of the teaching endpoints. */
public final class TeachingJson {
    private TeachingJson() {
    }

    @Serdeable
    public record PhraseJson(String user, String phrase, List<String> steps, String taughtAt) {
        static PhraseJson of(TaughtPhrase p) {
            return new PhraseJson(p.user().value(), p.phrase(), p.steps(), p.taughtAt().toString());
        }
    }

    @Serdeable
    @Schema(description = "A phrase and what saying it means, step by step")
    public record PhraseBody(@NotBlank @Size(max = 200) @Schema(example = "movie time") String phrase,
                             @NotEmpty @Size(max = 10) @Schema(example = "[\"dim the living room lights\", \"close the blinds\"]")
                             List<@NotBlank @Size(max = 300) String> steps) { }

    @Serdeable
    public record AliasJson(String user, String alias, String entity, String taughtAt) {
        static AliasJson of(Alias a) {
            return new AliasJson(a.user().value(), a.alias(), a.entityId(), a.createdAt().toString());
        }
    }

    @Serdeable
    @Schema(description = "Another name for a device")
    public record AliasBody(@NotBlank @Size(max = 200) @Schema(example = "light.reading_lamp") String entity,
                            @NotBlank @Size(max = 200) @Schema(example = "lumos") String alias) { }

    @Serdeable
    public record Erased(String user, int records, @Nullable String note) { }
}
