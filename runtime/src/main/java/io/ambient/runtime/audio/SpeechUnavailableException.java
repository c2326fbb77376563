package io.ambient.runtime.audio;

/** Audio arrived but no recogniser serves (still loading, disabled, or its model failed to load). */
public final class SpeechUnavailableException extends Exception {
    public SpeechUnavailableException(String message) {
        super(message);
    }
}
