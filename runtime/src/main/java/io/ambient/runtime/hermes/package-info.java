/**
 * The Hermes protocol (Rhasspy and Snips satellites) over MQTT: {@code hermes/nlu/query} is interpreted
 * and answered with {@code hermes/nlu/intentParsed} plus {@code hermes/intent/<name>}, or
 * {@code hermes/nlu/intentNotRecognized}; {@code hermes/asr/textCaptured} is a full turn that acts and
 * answers with {@code hermes/tts/say} on the same site. The siteId names the satellite; the home maps it to
 * an area.
 */
package io.ambient.runtime.hermes;
