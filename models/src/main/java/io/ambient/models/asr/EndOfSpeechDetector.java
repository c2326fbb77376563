package io.ambient.models.asr;

import java.time.Duration;

/**
 * Says when a speaker has finished, from the energy of 10 ms frames: speech is a frame clearly above the noise
 * floor (learnt from the quietest recent frames, so a humming fridge does not count as speech); the utterance
 * ends after {@code trailingSilence} without speech. It also gives up when nobody speaks within
 * {@code noSpeechTimeout}, and cuts an utterance at {@code maxUtterance}. One detector per stream; not thread-safe.
 */
public final class EndOfSpeechDetector {
    /** Where the stream is. */
    public enum State { WAITING, SPEAKING, ENDED, NO_SPEECH, TOO_LONG }

    /**
     * @param trailingSilence how long the speaker must be quiet for the utterance to end
     * @param noSpeechTimeout how long to wait for speech to start
     * @param maxUtterance    the longest utterance taken
     */
    public record Settings(Duration trailingSilence, Duration noSpeechTimeout, Duration maxUtterance) {
        public static final Settings DEFAULT = new Settings(Duration.ofMillis(350), Duration.ofSeconds(6),
                Duration.ofSeconds(12));

        public Settings {
            if (trailingSilence.isNegative() || trailingSilence.isZero()) {
                throw new IllegalArgumentException("trailing silence must be positive, was " + trailingSilence);
            }
        }
    }

    private static final int FRAME = PcmAudio.RECOGNITION_RATE / 100;
    private static final double SPEECH_ABOVE_FLOOR_DB = 12;
    private static final double QUIETEST_SPEECH_DB = -50;
    private static final int FRAMES_TO_START = 3;

    private final Settings settings;
    private final short[] pending = new short[FRAME];
    private int pendingCount;
    private long frames;
    private long lastSpeechFrame = -1;
    private int speechRun;
    private double floorDb = Double.NaN;
    private State state = State.WAITING;

    public EndOfSpeechDetector(Settings settings) {
        this.settings = settings;
    }

    /** Takes more 16 kHz audio; answers the state after it. Once not WAITING or SPEAKING the state stays. */
    public State accept(short[] samples, int count) {
        for (int i = 0; i < count && !finished(); i++) {
            pending[pendingCount++] = samples[i];
            if (pendingCount == FRAME) {
                frame(energyDb(pending));
                pendingCount = 0;
            }
        }
        return state;
    }

    public State state() {
        return state;
    }

    /** Seconds of audio taken so far. */
    public double seconds() {
        return (frames * FRAME + pendingCount) / (double) PcmAudio.RECOGNITION_RATE;
    }

    /** Seconds from the start of the stream to the end of the last speech frame, or -1 before any speech. */
    public double speechEndSeconds() {
        return lastSpeechFrame < 0 ? -1 : (lastSpeechFrame + 1) * FRAME / (double) PcmAudio.RECOGNITION_RATE;
    }

    private boolean finished() {
        return state != State.WAITING && state != State.SPEAKING;
    }

    private void frame(double db) {
        frames++;
        floorDb = Double.isNaN(floorDb) ? db
                : db < floorDb ? db : floorDb + 0.02 * (db - floorDb) * (state == State.SPEAKING ? 0.1 : 1);
        boolean speech = db > QUIETEST_SPEECH_DB && db > floorDb + SPEECH_ABOVE_FLOOR_DB;
        speechRun = speech ? speechRun + 1 : 0;
        if (speech && (state == State.SPEAKING || speechRun >= FRAMES_TO_START)) {
            lastSpeechFrame = frames - 1;
            state = State.SPEAKING;
        }
        double ms = frames * 10.0;
        if (state == State.WAITING && ms >= settings.noSpeechTimeout().toMillis()) {
            state = State.NO_SPEECH;
        } else if (state == State.SPEAKING && (frames - 1 - lastSpeechFrame) * 10 >= settings.trailingSilence().toMillis()) {
            state = State.ENDED;
        } else if (ms >= settings.maxUtterance().toMillis()) {
            state = state == State.SPEAKING ? State.TOO_LONG : State.NO_SPEECH;
        }
    }

    private static double energyDb(short[] frame) {
        double sum = 0;
        for (short s : frame) {
            double v = s / 32768.0;
            sum += v * v;
        }
        return 10 * Math.log10(sum / frame.length + 1e-12);
    }
}
