/**
 * Audio in: speech becomes a turn. {@link io.ambient.runtime.audio.SpeechService} loads the Vosk model in the
 * background and says whether it serves; {@link io.ambient.runtime.audio.SpokenTurns} recognises one utterance,
 * biased toward the home's vocabulary ({@link io.ambient.runtime.audio.HomeVocabulary}), and hands the words to
 * the turn pipeline with the audio and recognition stages in front of the trace. The ways audio arrives:
 * {@code POST /api/audio} ({@link io.ambient.runtime.audio.AudioController}) and Hermes satellites streaming
 * audio frames over MQTT ({@link io.ambient.runtime.audio.HermesAudio}); {@link io.ambient.runtime.audio.SimulatedSatellite}
 * plays WAV files into the broker as such a satellite, for the demo, the tests and the latency bench.
 */
package io.ambient.runtime.audio;
