package io.ambient.models.asr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real Vosk on the bundled model, on espeak-ng recordings committed as fixtures. */
class SpeechRecognizerTest {
    private static VoskEngine engine;
    private static final Vocabulary HOME = Vocabulary.commands().with(List.of("Kitchen", "Bedroom", "Bedside Lamp"));

    @BeforeAll
    static void load() throws Exception {
        engine = VoskEngine.load(VoskModelFiles.bundled(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void recognize_kitchenCommand_dual_hearsEveryWord() throws Exception {
        Transcript t = new SpeechRecognizer(engine, SpeechRecognizer.Mode.DUAL)
                .recognize(WavReader.read(WavReaderTest.fixture("turn-on-the-kitchen-lights.wav")), HOME);
        assertEquals("turn on the kitchen lights", t.text());
        assertTrue(t.confidence() > 0.5 && t.confidence() <= 1.0, "confidence " + t.confidence());
        assertEquals(2.39, t.audioSeconds(), 0.01);
    }

    @Test
    void recognize_22kHzRecording_isResampledAndHeard() throws Exception {
        Transcript t = new SpeechRecognizer(engine, SpeechRecognizer.Mode.BIASED_UNK)
                .recognize(WavReader.read(WavReaderTest.fixture("switch-off-the-bedroom-lamp-22k.wav")), HOME);
        assertEquals("switch off the bedroom lamp", t.text());
        assertEquals("biased", t.source());
    }

    @Test
    void recognize_silence_isEmpty() {
        Transcript t = new SpeechRecognizer(engine, SpeechRecognizer.Mode.DUAL)
                .recognize(new PcmAudio(new short[16_000], 16_000), HOME);
        assertTrue(t.isEmpty(), t.text());
        assertEquals(0.0, t.confidence());
    }

    @Test
    void options_outOfRange_namesTheBadValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VoskEngine.Options(-5, 4));
        assertTrue(e.getMessage().contains("-5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VoskEngine.Options(-2, -1));
    }

    @Test
    void load_folderWithoutModel_saysSo() {
        SpeechModelException e = assertThrows(SpeechModelException.class, () -> VoskEngine.load(Path.of("/tmp")));
        assertTrue(e.getMessage().contains("no Vosk model"), e.getMessage());
    }

    @Test
    void parse_voskResultJson_readsTextAndWordConfidences() {
        VoskEngine.Decoded d = VoskEngine.parse("{\"result\":[{\"conf\":0.5,\"word\":\"turn\"},{\"conf\":1.0,\"word\":\"on\"}],"
                + "\"text\":\"turn on\"}");
        assertEquals("turn on", d.text());
        assertEquals(0.75, d.meanConfidence(), 1e-9);
    }

    @Test
    void withoutUnknown_dropsUnknownMarkers() {
        assertEquals("play the", SpeechRecognizer.withoutUnknown("play [unk] the [unk]"));
    }
}
