package io.ambient.models.intent;

import java.util.List;

/** Text to a probability per intent label, highest first. Thread-safe. */
public interface IntentClassifier {

    /** The label of the explicit out-of-domain class. */
    String OUT_OF_DOMAIN = "_out_of_domain";

    List<LabelScore> classify(String text);

    /** The model's id and version, e.g. {@code intent@1.0.0}, for traces and reports. */
    String id();
}
