/**
 * The intent model as the rest of the runtime sees it: text in, a probability per intent label out
 * ({@link io.ambient.models.intent.IntentClassifier}). The ONNX implementation runs a sentence encoder and a
 * trained head from a verified model package; the label {@link io.ambient.models.intent.IntentClassifier#OUT_OF_DOMAIN}
 * is the explicit "not a home request" class.
 */
package io.ambient.models.intent;
