package io.ambient.models.asr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavReaderTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WavReaderTest.class.getResourceAsStream("/asr/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A WAV header with the given fields, then {@code data} as the data chunk. */
    static byte[] wav(int encoding, int channels, int rate, int bits, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data.length).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) encoding).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    @Test
    void read_espeakFixture_isSixteenKilohertzMono() throws IOException {
        PcmAudio audio = WavReader.read(fixture("turn-on-the-kitchen-lights.wav"));
        assertEquals(16_000, audio.sampleRate());
        assertEquals(38_262, audio.samples().length);
    }

    @Test
    void write_thenRead_roundTrips() {
        PcmAudio audio = new PcmAudio(new short[] {0, 1, -1, 32767, -32768, 1234}, 16_000);
        assertEquals(audio, WavReader.read(WavReader.write(audio)));
    }

    @Test
    void read_stereo8Bit_averagesChannels() {
        byte[] data = {(byte) 128, (byte) 192, (byte) 0, (byte) 128};   // (0, +0.5) and (-1, 0)
        PcmAudio audio = WavReader.read(wav(1, 2, 16_000, 8, data));
        assertArrayEquals(new short[] {8192, -16384}, audio.samples());
    }

    @Test
    void read_muLaw_isRejectedNamingTheEncoding() {
        WavFormatException e = assertThrows(WavFormatException.class,
                () -> WavReader.read(wav(7, 1, 8_000, 8, new byte[16])));
        assertTrue(e.getMessage().contains("mu-law"), e.getMessage());
    }

    @Test
    void read_notAWav_isRejected() {
        WavFormatException e = assertThrows(WavFormatException.class,
                () -> WavReader.read("hello, this is not audio".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("not a WAV"), e.getMessage());
    }

    @Test
    void read_headerWithoutData_isRejected() {
        byte[] full = wav(1, 1, 16_000, 16, new byte[0]);
        byte[] cut = java.util.Arrays.copyOf(full, 36);   // RIFF + fmt, the data chunk header cut off
        assertTrue(assertThrows(WavFormatException.class, () -> WavReader.read(cut)).getMessage().contains("no data"));
    }

    @Test
    void read_absurdRate_isRejected() {
        assertThrows(WavFormatException.class, () -> WavReader.read(wav(1, 1, 4_000, 16, new byte[8])));
    }

    private static PcmAudio tone(int rate, int hz) {
        short[] s = new short[rate];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(10_000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return new PcmAudio(s, rate);
    }

    /** The loudest sample away from the edges. */
    private static double peak(PcmAudio audio) {
        double peak = 0;
        for (int i = 1000; i < 15_000; i++) {
            peak = Math.max(peak, Math.abs(audio.samples()[i]));
        }
        return peak;
    }

    @Test
    void forRecognition_22kHzSine_keepsItsFrequencyAndLevel() {
        PcmAudio out = tone(22_050, 440).forRecognition();
        assertEquals(16_000, out.sampleRate());
        assertEquals(16_000, out.samples().length);
        int crossings = 0;
        for (int i = 1000; i < 15_000; i++) {
            crossings += (out.samples()[i - 1] < 0) != (out.samples()[i] < 0) ? 1 : 0;
        }
        assertEquals(2 * 440 * 14_000 / 16_000.0, crossings, 2);   // 440 Hz: two zero crossings a period
        assertEquals(10_000, peak(out), 300);
    }

    @Test
    void forRecognition_toneAboveNewNyquist_isFilteredOut() {
        double peak = peak(tone(44_100, 12_000).forRecognition());
        assertTrue(peak < 1_000, "a 12 kHz tone folds back unless filtered; peak " + peak);
    }
}
