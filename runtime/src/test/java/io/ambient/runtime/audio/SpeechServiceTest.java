package io.ambient.runtime.audio;

import io.ambient.runtime.config.SpeechConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the real Vosk model loads: at start-up, or only when the first audio turn needs it. */
class SpeechServiceTest {
    @TempDir
    Path cache;

    private SpeechConfiguration config(String load) {
        return new SpeechConfiguration(true, "biased-unk", null, cache.toString(), Duration.ofMillis(350),
                Duration.ofSeconds(6), Duration.ofSeconds(12), 4_000_000, -2, load);
    }

    @Test
    void firstAudio_loadsOnlyWhenAudioAsks_andIsHealthyMeanwhile() {
        AtomicInteger loads = new AtomicInteger();
        Executor counting = task -> {
            loads.incrementAndGet();
            new Thread(task).start();
        };
        try (SpeechService speech = new SpeechService(config("first-audio"), counting)) {
            assertEquals(0, loads.get());
            SpeechService.Status waiting = speech.status();
            assertFalse(waiting.ready());
            assertTrue(waiting.up(), waiting.toString());
            assertTrue(waiting.detail().contains("first audio turn"), waiting.detail());

            assertTrue(speech.recognizerForAudio().isPresent());
            assertTrue(speech.recognizerForAudio().isPresent());
            assertEquals(1, loads.get());
            assertTrue(speech.status().ready());
            assertEquals("biased-unk", speech.status().mode());
        }
    }

    @Test
    void startup_loadsAtOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        try (SpeechService speech = new SpeechService(config("startup"), task -> {
            loads.incrementAndGet();
            task.run();
        })) {
            assertEquals(1, loads.get());
            assertTrue(speech.status().ready());
            assertTrue(speech.recognizer().isPresent());
        }
    }

    @Test
    void unknownLoadSetting_namesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpeechService(config("lazy"), Runnable::run));
        assertTrue(e.getMessage().contains("lazy"), e.getMessage());
    }
}
