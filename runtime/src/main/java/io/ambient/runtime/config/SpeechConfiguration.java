package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;

/**
 * Speech recognition.
 *
 * @param enabled         whether to load the speech model (Vosk: ~200 MB of native memory) at all
 * @param mode            how the home's vocabulary biases recognition: {@code dual}, {@code biased-unk},
 *                        {@code biased} or {@code open} (models.asr.SpeechRecognizer.Mode; numbers in docs/benchmarks.md)
 * @param modelDir        a Vosk model folder to use instead of the bundled small US English model, or null
 * @param cacheDir        where the bundled model is unpacked from the jar (once), or null for the temp folder
 * @param trailingSilence how long a Hermes speaker must be quiet for the utterance to end
 * @param noSpeechTimeout how long a Hermes session waits for speech to start
 * @param maxUtterance    the longest utterance taken from a satellite
 * @param maxAudioBytes   the largest WAV body {@code POST /api/audio} accepts
 * @param load            when the model loads: {@code startup} (in the background, the default) or {@code first-audio}
 *                        (when the first audio turn arrives, which then waits for it; saves its memory until then)
 * @param nativeLogLevel  what Vosk's native code prints to stderr: -2 errors only (default), -1 also warnings
 *                        (grammar words the model does not know), 0 also its informational lines
 */
@ConfigurationProperties("ambient.speech")
public record SpeechConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @NotBlank @Bindable(defaultValue = "dual") String mode,
        @Nullable String modelDir,
        @Nullable String cacheDir,
        @Bindable(defaultValue = "350ms") Duration trailingSilence,
        @Bindable(defaultValue = "6s") Duration noSpeechTimeout,
        @Bindable(defaultValue = "12s") Duration maxUtterance,
        @Min(1024) @Bindable(defaultValue = "4000000") int maxAudioBytes,
        @Min(-3) @Max(10) @Bindable(defaultValue = "-2") int nativeLogLevel,
        @NotBlank @Bindable(defaultValue = "startup") String load) {
}
