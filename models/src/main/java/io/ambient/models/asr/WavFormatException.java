package io.ambient.models.asr;

/** A WAV file that cannot be read: not a WAV, broken, or in a format the recogniser does not take. */
public final class WavFormatException extends IllegalArgumentException {
    public WavFormatException(String message) {
        super(message);
    }
}
