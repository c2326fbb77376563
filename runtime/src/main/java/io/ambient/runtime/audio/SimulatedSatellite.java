package io.ambient.runtime.audio;

import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.WavReader;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Hermes satellite that plays recordings instead of listening to a microphone: it starts an ASR session
 * ({@code hermes/asr/startListening}), streams the recording as 30 ms WAV frames on
 * {@code hermes/audioServer/<siteId>/audioFrame} at the pace of speech, then keeps streaming silence as a
 * satellite in a quiet room would, without ever sending stopListening: the hub must hear the end of speech.
 */
public final class SimulatedSatellite {
    static final int FRAME_MS = 30;

    private final MqttTransport mqtt;
    private final String siteId;

    public SimulatedSatellite(MqttTransport mqtt, String siteId) {
        this.mqtt = mqtt;
        this.siteId = siteId;
    }

    /** When the last frame of the recording itself was sent, to measure end of speech to action. */
    public record Played(String sessionId, long lastRecordingFrameNanos) { }

    /**
     * Plays one recording.
     *
     * @param silenceAfter seconds of silence streamed after the recording (the hub ends the utterance in it)
     * @param speed        1 for real time; higher plays faster (tests), 0 sends as fast as possible
     */
    public Played play(PcmAudio recording, double silenceAfter, double speed) throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String start = "{\"siteId\": \"" + siteId + "\", \"sessionId\": \"" + sessionId + "\", \"stopOnSilence\": true}";
        mqtt.publish("hermes/asr/startListening", start.getBytes(StandardCharsets.UTF_8), MqttTransport.AT_LEAST_ONCE,
                false).get(5, TimeUnit.SECONDS);
        int rate = recording.sampleRate();
        int frame = rate * FRAME_MS / 1000;
        long t0 = System.nanoTime();
        int sent = 0;
        long lastRecordingFrame = t0;
        PcmAudio all = recording.append(new PcmAudio(new short[(int) (silenceAfter * rate)], rate));
        for (int at = 0; at < all.samples().length; at += frame) {
            PcmAudio chunk = all.slice(at, Math.min(at + frame, all.samples().length));
            pace(t0, sent, rate, speed);
            mqtt.publish("hermes/audioServer/" + siteId + "/audioFrame", WavReader.write(chunk), 0, false);
            sent += chunk.samples().length;
            if (at < recording.samples().length) {
                lastRecordingFrame = System.nanoTime();
            }
        }
        return new Played(sessionId, lastRecordingFrame);
    }

    private static void pace(long t0, int sentSamples, int rate, double speed) throws InterruptedException {
        if (speed <= 0) {
            return;
        }
        long due = t0 + (long) (sentSamples * 1e9 / rate / speed);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
