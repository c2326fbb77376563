package io.ambient.models.registry;

import io.ambient.models.intent.IntentClassifier;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.models.transform.TransformedEncoder;

import java.util.Objects;

/**
 * A model as the gate sees it: its classifier, and the encoder whose vectors it would store.
 *
 * @param coordinates  {@code id@version}
 * @param encoder      gives vectors in the space the model stores (through its transform, if it has one)
 * @param encoderSpace the encoder's own space, before any transform
 */
public record GateSubject(String coordinates, IntentClassifier classifier, SentenceEncoder encoder, String encoderSpace) {
    public GateSubject {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(encoderSpace, "encoderSpace");
    }

    public static GateSubject of(OnnxIntentClassifier model) {
        SentenceEncoder e = model.encoder();
        String own = e instanceof TransformedEncoder t ? t.nativeSpaceId() : e.spaceId();
        return new GateSubject(model.id(), model, e, own);
    }

    public boolean transformed() {
        return !encoderSpace.equals(encoder.spaceId());
    }
}
