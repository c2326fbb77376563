package io.ambient.runtime.turn;

import io.ambient.context.ContextResolver;
import io.ambient.context.Understander;
import io.ambient.models.text.SentenceEncoder;

import java.util.Objects;
import java.util.Optional;

/**
 * What understands a turn: an understander, the resolver calibrated for it, its version for the trace and,
 * for a trained model, the sentence encoder it serves with (whose vectors are in the stored embedding space:
 * an update's encoder comes wrapped in its transform). Immutable; a model swap replaces the whole stage at once.
 *
 * @param sentenceEncoder the serving model's encoder, or null for the rules (use {@link #encoder()})
 */
public record UnderstandingStage(Understander understander, ContextResolver resolver, String version,
                                 SentenceEncoder sentenceEncoder) {
    public UnderstandingStage {
        Objects.requireNonNull(understander, "understander");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(version, "version");
    }

    /** A stage without an encoder (the rules). */
    public UnderstandingStage(Understander understander, ContextResolver resolver, String version) {
        this(understander, resolver, version, null);
    }

    /** The serving encoder, empty for the rules: what the rewrite stage embeds a request with. */
    public Optional<SentenceEncoder> encoder() {
        return Optional.ofNullable(sentenceEncoder);
    }
}
