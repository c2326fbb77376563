package io.ambient.models.asr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EndOfSpeechDetectorTest {
    private static final EndOfSpeechDetector.Settings SETTINGS = new EndOfSpeechDetector.Settings(
            Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(5));

    @Test
    void accept_spokenCommandThenSilence_endsShortlyAfterTheLastWord() throws IOException {
        PcmAudio speech = WavReader.read(WavReaderTest.fixture("turn-on-the-kitchen-lights.wav"));
        PcmAudio withTail = speech.append(new PcmAudio(new short[16_000], 16_000));
        EndOfSpeechDetector d = new EndOfSpeechDetector(SETTINGS);
        EndOfSpeechDetector.State state = EndOfSpeechDetector.State.WAITING;
        for (int at = 0; at < withTail.samples().length && state != EndOfSpeechDetector.State.ENDED; at += 512) {
            short[] chunk = withTail.slice(at, Math.min(at + 512, withTail.samples().length)).samples();
            state = d.accept(chunk, chunk.length);
        }
        assertEquals(EndOfSpeechDetector.State.ENDED, state);
        // the last word ends where the recording's last audible sample is; the end is heard 0.3 s later
        int last = speech.samples().length - 1;
        while (Math.abs(speech.samples()[last]) < 100) {
            last--;
        }
        double speechEnd = last / 16_000.0;
        assertEquals(speechEnd, d.speechEndSeconds(), 0.05);
        assertEquals(speechEnd + 0.3, d.seconds(), 0.05);
    }

    @Test
    void accept_steadyNoiseOnly_isNoSpeech() {
        Random random = new Random(7);
        short[] noise = new short[16_000 * 3];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) (random.nextGaussian() * 800);
        }
        EndOfSpeechDetector d = new EndOfSpeechDetector(SETTINGS);
        assertEquals(EndOfSpeechDetector.State.NO_SPEECH, d.accept(noise, noise.length));
    }

    @Test
    void accept_speakingWithoutPause_isCutAtTheLimit() {
        short[] tone = new short[16_000 * 6];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (i < 8000 ? 0 : 8000 * Math.sin(i * 0.1));
        }
        EndOfSpeechDetector d = new EndOfSpeechDetector(SETTINGS);
        assertEquals(EndOfSpeechDetector.State.TOO_LONG, d.accept(tone, tone.length));
    }
}
