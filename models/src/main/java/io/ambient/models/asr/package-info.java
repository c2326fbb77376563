/**
 * Speech to text. {@link io.ambient.models.asr.WavReader} turns a WAV file into {@link io.ambient.models.asr.PcmAudio}
 * (16 kHz mono 16-bit, resampled and down-mixed when needed, rejected with a {@link io.ambient.models.asr.WavFormatException}
 * naming the problem otherwise); {@link io.ambient.models.asr.EndOfSpeechDetector} says when a speaker has stopped;
 * {@link io.ambient.models.asr.SpeechRecognizer} runs Vosk, biased toward a home's words by a
 * {@link io.ambient.models.asr.Vocabulary}, one {@link io.ambient.models.asr.SpeechRecognizer.Stream} per utterance,
 * and answers a {@link io.ambient.models.asr.Transcript}. {@link io.ambient.models.asr.WordErrorRate} scores it.
 *
 * <p>{@link io.ambient.models.asr.VoskEngine} is the only class that imports Vosk: it loads the model once
 * (native memory, ~200 MB resident) and hands out recognisers; everything else here is plain Java.
 */
package io.ambient.models.asr;
