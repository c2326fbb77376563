package io.ambient.models.asr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speech to text biased toward a home. How the home's vocabulary is used is the {@link Mode}; docs/benchmarks.md
 * has what each mode measured. Thread-safe: each {@link Stream} has its own Vosk decoders.
 */
public final class SpeechRecognizer {
    /** How recognition uses the home's vocabulary. */
    public enum Mode {
        /** the model's own open vocabulary, no bias */
        OPEN,
        /** only the vocabulary's words (anything else is forced onto them) */
        BIASED,
        /** the vocabulary's words, and {@code [unk]} for anything else (dropped from the text) */
        BIASED_UNK,
        /**
         * a biased decoder and an open one on the same audio; the biased reading wins unless it heard an unknown
         * word or is clearly less confident, so that words outside the vocabulary still come through
         */
        DUAL;

        /** The mode the runtime uses unless configured otherwise: the most accurate (docs/benchmarks.md, Speech). */
        public static final Mode DEFAULT = DUAL;

        /** The name in configuration and reports: {@code open}, {@code biased}, {@code biased-unk}, {@code dual}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Mode parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("speech mode must be open, biased, biased-unk or dual, was " + s);
            }
        }
    }

    /** How much less confident than the open reading the biased one may be and still win. */
    static final double DUAL_MARGIN = 0.15;

    private final VoskEngine engine;
    private final Mode mode;

    public SpeechRecognizer(VoskEngine engine, Mode mode) {
        this.engine = engine;
        this.mode = mode;
    }

    public Mode mode() {
        return mode;
    }

    /** A stream for one utterance. Close it (try-with-resources). */
    public Stream open(Vocabulary vocabulary) {
        return new Stream(vocabulary);
    }

    /** Recognises a whole recording (at any rate: it is resampled). */
    public Transcript recognize(PcmAudio audio, Vocabulary vocabulary) {
        PcmAudio pcm = audio.forRecognition();
        try (Stream stream = open(vocabulary)) {
            stream.accept(pcm.samples(), pcm.samples().length);
            return stream.finish();
        }
    }

    /** One utterance: 16 kHz samples in, a transcript out. */
    public final class Stream implements AutoCloseable {
        private final VoskEngine.Decoder biased;
        private final VoskEngine.Decoder open;
        private long samples;

        private Stream(Vocabulary vocabulary) {
            VoskEngine.Decoder b = null;
            if (mode != Mode.OPEN) {
                b = engine.decoder(vocabulary.grammarJson(mode != Mode.BIASED));
            }
            VoskEngine.Decoder o;
            try {
                o = mode == Mode.OPEN || mode == Mode.DUAL ? engine.decoder(null) : null;
            } catch (RuntimeException e) {
                if (b != null) {
                    b.close();
                }
                throw e;
            }
            this.biased = b;
            this.open = o;
        }

        public void accept(short[] pcm16k, int count) {
            samples += count;
            if (biased != null) {
                biased.accept(pcm16k, count);
            }
            if (open != null) {
                open.accept(pcm16k, count);
            }
        }

        public Transcript finish() {
            double seconds = samples / (double) PcmAudio.RECOGNITION_RATE;
            VoskEngine.Decoded b = biased == null ? null : biased.finish();
            VoskEngine.Decoded o = open == null ? null : open.finish();
            if (b == null) {
                return new Transcript(o.text(), o.meanConfidence(), List.of(), "open", seconds);
            }
            String biasedText = withoutUnknown(b.text());
            if (o == null) {
                return new Transcript(biasedText, b.meanConfidence(), List.of(), "biased", seconds);
            }
            boolean heardUnknown = !biasedText.equals(b.text().strip());
            boolean biasedWins = !biasedText.isEmpty() && !heardUnknown
                    && b.meanConfidence() >= o.meanConfidence() - DUAL_MARGIN;
            if (biasedWins) {
                return new Transcript(biasedText, b.meanConfidence(), others(o.text(), biasedText), "biased", seconds);
            }
            return new Transcript(o.text(), o.meanConfidence(), others(biasedText, o.text()), "open", seconds);
        }

        @Override
        public void close() {
            if (biased != null) {
                biased.close();
            }
            if (open != null) {
                open.close();
            }
        }
    }

    private static List<String> others(String other, String chosen) {
        List<String> out = new ArrayList<>();
        if (!other.isBlank() && !other.equals(chosen)) {
            out.add(other);
        }
        return out;
    }

    static String withoutUnknown(String text) {
        return text.replace(Vocabulary.UNKNOWN, " ").replaceAll("\\s+", " ").strip();
    }
}
