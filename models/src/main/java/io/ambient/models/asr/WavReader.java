package io.ambient.models.asr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a RIFF/WAVE file: PCM (8, 16, 24 or 32 bit) or IEEE float (32 or 64 bit), plain or in a
 * WAVE_FORMAT_EXTENSIBLE header, 1 to 8 channels (averaged to mono), 8 to 96 kHz (kept; see
 * {@link PcmAudio#forRecognition()}). Anything else is a {@link WavFormatException} that says what was found.
 * A data chunk whose declared size runs past the end (a WAV written while streaming) is read to the end.
 */
public final class WavReader {
    public static final int MIN_RATE = 8_000;
    public static final int MAX_RATE = 96_000;
    private static final int PCM = 1;
    private static final int FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavReader() {
    }

    /** The audio of a whole WAV file, mono, at the file's own sample rate. */
    public static PcmAudio read(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !tag(b, 0).equals("RIFF") || !tag(b, 8).equals("WAVE")) {
            throw new WavFormatException(WavFormatException.Kind.BROKEN, "not a WAV file (no RIFF/WAVE header)");
        }
        Format format = null;
        int pos = 12;
        while (pos + 8 <= wav.length) {
            String id = tag(b, pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if (id.equals("fmt ")) {
                format = format(b, body, size);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new WavFormatException(WavFormatException.Kind.BROKEN, "broken WAV: the data chunk comes before the fmt chunk");
                }
                int length = (int) Math.min(size, wav.length - body);
                return decode(b, body, length - length % format.blockAlign(), format);
            }
            if (size > wav.length - body) {
                break;
            }
            pos = body + (int) size + (int) (size & 1);
        }
        throw new WavFormatException(WavFormatException.Kind.BROKEN, format == null ? "broken WAV: no fmt chunk" : "broken WAV: no data chunk");
    }

    /** The decoded header: encoding, channels, rate, bits per sample. */
    record Format(int encoding, int channels, int sampleRate, int bits) {
        int blockAlign() {
            return channels * bits / 8;
        }
    }

    private static Format format(ByteBuffer b, int at, long size) {
        if (size < 16 || at + 16 > b.capacity()) {
            throw new WavFormatException(WavFormatException.Kind.BROKEN, "broken WAV: fmt chunk of " + size + " bytes");
        }
        int encoding = Short.toUnsignedInt(b.getShort(at));
        int channels = Short.toUnsignedInt(b.getShort(at + 2));
        int rate = b.getInt(at + 4);
        int bits = Short.toUnsignedInt(b.getShort(at + 14));
        if (encoding == EXTENSIBLE) {
            if (size < 40 || at + 26 > b.capacity()) {
                throw new WavFormatException(WavFormatException.Kind.BROKEN, "broken WAV: extensible fmt chunk of " + size + " bytes");
            }
            encoding = Short.toUnsignedInt(b.getShort(at + 24));
        }
        if (encoding != PCM && encoding != FLOAT) {
            throw new WavFormatException(WavFormatException.Kind.UNSUPPORTED, "unsupported WAV encoding " + encodingName(encoding)
                    + "; send PCM (16-bit, 16 kHz, mono is best)");
        }
        boolean bitsOk = encoding == PCM ? bits == 8 || bits == 16 || bits == 24 || bits == 32 : bits == 32 || bits == 64;
        if (!bitsOk) {
            throw new WavFormatException(WavFormatException.Kind.UNSUPPORTED, "unsupported WAV sample size: " + bits + "-bit "
                    + (encoding == PCM ? "PCM" : "float"));
        }
        if (channels < 1 || channels > 8) {
            throw new WavFormatException(WavFormatException.Kind.UNSUPPORTED, "unsupported WAV channel count: " + channels);
        }
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new WavFormatException(WavFormatException.Kind.UNSUPPORTED, "unsupported WAV sample rate: " + rate + " Hz (" + MIN_RATE + " to "
                    + MAX_RATE + " Hz are accepted)");
        }
        return new Format(encoding, channels, rate, bits);
    }

    private static PcmAudio decode(ByteBuffer b, int at, int length, Format f) {
        int frames = length / f.blockAlign();
        short[] out = new short[frames];
        int bytes = f.bits() / 8;
        for (int i = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < f.channels(); c++) {
                sum += sample(b, at + (i * f.channels() + c) * bytes, f);
            }
            double mono = sum / f.channels();
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(mono * 32768.0)));
        }
        return new PcmAudio(out, f.sampleRate());
    }

    /** One sample as a value in [-1, 1). */
    private static double sample(ByteBuffer b, int at, Format f) {
        if (f.encoding() == FLOAT) {
            return f.bits() == 32 ? b.getFloat(at) : b.getDouble(at);
        }
        switch (f.bits()) {
            case 8:
                return (Byte.toUnsignedInt(b.get(at)) - 128) / 128.0;
            case 16:
                return b.getShort(at) / 32768.0;
            case 24:
                int v = (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | b.get(at + 2) << 16;
                return v / 8_388_608.0;
            default:
                return b.getInt(at) / 2_147_483_648.0;
        }
    }

    private static String encodingName(int encoding) {
        switch (encoding) {
            case 2: return "MS ADPCM (format 2)";
            case 6: return "A-law (format 6)";
            case 7: return "mu-law (format 7)";
            case 0x11: return "IMA ADPCM (format 17)";
            case 0x55: return "MP3 (format 85)";
            default: return "format " + encoding;
        }
    }

    private static String tag(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        for (int i = 0; i < 4; i++) {
            t[i] = b.get(at + i);
        }
        return new String(t, StandardCharsets.US_ASCII);
    }

    /** A 16-bit mono WAV file of the audio (what the simulated satellite sends and the tests write). */
    public static byte[] write(PcmAudio audio) {
        int dataBytes = audio.samples().length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) PCM).putShort((short) 1)
                .putInt(audio.sampleRate()).putInt(audio.sampleRate() * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (short s : audio.samples()) {
            b.putShort(s);
        }
        return b.array();
    }
}
