package io.ambient.models.asr;

/** The speech model could not be found, unpacked or loaded. */
public final class SpeechModelException extends Exception {
    public SpeechModelException(String message) {
        super(message);
    }

    public SpeechModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
