package io.ambient.models.asr;

import java.util.Arrays;
import java.util.Objects;

/**
 * Mono 16-bit PCM audio at a known sample rate. The recogniser takes it at {@link #RECOGNITION_RATE}.
 *
 * @param samples    signed 16-bit samples (the array is not copied: treat it as read-only)
 * @param sampleRate samples per second
 */
public record PcmAudio(short[] samples, int sampleRate) {
    /** What the Vosk model was trained on. */
    public static final int RECOGNITION_RATE = 16_000;

    public PcmAudio {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, was " + sampleRate);
        }
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    public PcmAudio append(PcmAudio more) {
        if (more.sampleRate != sampleRate) {
            throw new IllegalArgumentException("cannot append " + more.sampleRate + " Hz audio to " + sampleRate + " Hz");
        }
        short[] joined = Arrays.copyOf(samples, samples.length + more.samples.length);
        System.arraycopy(more.samples, 0, joined, samples.length, more.samples.length);
        return new PcmAudio(joined, sampleRate);
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive). */
    public PcmAudio slice(int from, int to) {
        return new PcmAudio(Arrays.copyOfRange(samples, from, to), sampleRate);
    }

    /** This audio at the recognition rate (itself when it already is). */
    public PcmAudio forRecognition() {
        return sampleRate == RECOGNITION_RATE ? this : Resampler.resample(this, RECOGNITION_RATE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PcmAudio p && p.sampleRate == sampleRate && Arrays.equals(p.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(samples) + sampleRate;
    }

    @Override
    public String toString() {
        return String.format("PcmAudio[%.2f s at %d Hz]", seconds(), sampleRate);
    }
}
