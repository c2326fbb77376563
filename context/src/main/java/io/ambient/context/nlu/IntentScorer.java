package io.ambient.context.nlu;

import java.util.List;

/**
 * Words to a score per intent. This is the seam where a trained model replaces the keyword rules: the
 * slot filling and the contextual resolution read only the returned scores, so swapping the
 * implementation (for example an ONNX head over a sentence encoder fed with {@link Utterance#masked()})
 * needs no change elsewhere. Implementations must be thread-safe and fast (called once per turn).
 */
public interface IntentScorer {

    /** Best first; intents that do not fit at all are left out. Empty when nothing fits. */
    List<IntentScore> score(Utterance utterance);

    /** Identifies the scorer in reports and traces, e.g. {@code keywords@1} or {@code intent@1.2.0}. */
    String id();
}
