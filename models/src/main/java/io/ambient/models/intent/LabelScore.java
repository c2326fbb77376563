package io.ambient.models.intent;

import java.util.Objects;

/** One label's probability. */
public record LabelScore(String label, double probability) {
    public LabelScore {
        Objects.requireNonNull(label, "label");
        if (!(probability >= 0 && probability <= 1.000001)) {
            throw new IllegalArgumentException("probability must be in [0,1], was " + probability);
        }
    }
}
