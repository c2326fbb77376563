package io.ambient.runtime.http;

import io.ambient.runtime.learning.MiningReport;
import io.ambient.teachable.store.Rewrite;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** JSON of the rewrite endpoints. */
public final class RewriteJson {
    private RewriteJson() {
    }

    /** An active rewrite: when {@code user} says {@code from}, understand {@code to}. */
    @Serdeable
    public record RewriteView(String user, String from, String to, long observed, long succeeded, long failed,
                              @Nullable String spaceId, String updatedAt) {
        static RewriteView of(Rewrite r) {
            return new RewriteView(r.user().value(), r.from(), r.to(), r.stats().observed(), r.stats().succeeded(),
                    r.stats().failed(), r.embedding().map(e -> e.spaceId()).orElse(null), r.updatedAt().toString());
        }
    }

    @Serdeable
    @Schema(description = "A rewrite to add: saying 'from' means saying 'to'")
    public record RewriteBody(@NotBlank @Size(max = 200) @Schema(example = "lights up kitchen") String from,
                              @NotBlank @Size(max = 300) @Schema(example = "turn on the kitchen lights") String to) { }

    @Serdeable
    public record MiningView(boolean mined, String note, String at, int interactions, int requests, int rephrased,
                             int rewrites, int rulesSaved, @Nullable String spaceId, double ms) {
        static MiningView of(MiningReport r) {
            return new MiningView(r.mined(), r.note(), r.at().toString(), r.interactions(), r.requests(),
                    r.rephrased(), r.rewrites(), r.rulesSaved(), r.spaceId(), r.ms());
        }
    }
}
