/**
 * Does speech work for everyone? {@code ./ambient eval --audio} speaks every development case with espeak-ng in
 * several voices ({@link io.ambient.runtime.speecheval.Synthesizer}), mixes in noise at several signal-to-noise
 * ratios with sox, runs the recording through the runtime's audio path (WAV reading, end-of-speech detection,
 * Vosk biased toward the case's home) and the same interpreter as the text evaluation, and reports word error
 * rate, intent accuracy and failure points per voice x noise slice ({@link io.ambient.runtime.speecheval.AudioEvaluation}).
 * Only for development sets: held-out sets are refused.
 */
package io.ambient.runtime.speecheval;
