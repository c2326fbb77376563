package io.ambient.models.asr;

/** A WAV file that cannot be read: not a WAV or broken, or in a format the recogniser does not take. */
public final class WavFormatException extends IllegalArgumentException {
    /** Whether the file is broken or only in a format that is not supported. */
    public enum Kind { BROKEN, UNSUPPORTED }

    private final Kind kind;

    public WavFormatException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
