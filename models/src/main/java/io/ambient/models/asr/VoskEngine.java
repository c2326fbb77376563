package io.ambient.models.asr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vosk.LibVosk;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The one class that imports Vosk. Loads a model once (native memory); hands out a {@link Decoder} per audio
 * stream, open-vocabulary or restricted to a grammar. {@link #close()} waits until every decoder is closed, so
 * the model is never freed under a running decoder.
 *
 * <p>A closed decoder's recogniser is kept for the next stream with the same grammar (at most
 * {@link Options#idleRecognizers()} idle): Vosk expands its decoding graph lazily and caches it per recogniser,
 * so a new recogniser's first utterance takes several times as long as later ones (measured: 2.5 s against
 * 0.25 s for a 2.4 s command).
 */
public final class VoskEngine implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How the engine runs.
     *
     * @param nativeLogLevel  what Vosk's native code (Kaldi) prints to stderr: messages up to this level. -2 errors
     *                        only, -1 also warnings (e.g. one per grammar word missing from the model's lexicon, per
     *                        recogniser), 0 also its informational lines (model loading), above 0 debugging
     * @param idleRecognizers how many finished recognisers are kept for reuse (each holds its expanded graph)
     */
    public record Options(int nativeLogLevel, int idleRecognizers) {
        /** Errors only; four idle recognisers (a home's biased grammars and the open one). */
        public static final Options DEFAULT = new Options(-2, 4);

        public Options {
            if (nativeLogLevel < -3 || nativeLogLevel > 10) {
                throw new IllegalArgumentException("Vosk native log level must be in -3..10, was " + nativeLogLevel);
            }
            if (idleRecognizers < 0) {
                throw new IllegalArgumentException("idle recognisers must be >= 0, was " + idleRecognizers);
            }
        }
    }

    private final Model model;
    private final Path folder;
    private final int idleLimit;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private int openDecoders;
    private boolean closed;

    private VoskEngine(Model model, Path folder, int idleLimit) {
        this.model = model;
        this.folder = folder;
        this.idleLimit = idleLimit;
    }

    /** Loads the model folder (the one holding {@code am/} and {@code conf/}) with {@link Options#DEFAULT}. */
    public static VoskEngine load(Path folder) throws SpeechModelException {
        return load(folder, Options.DEFAULT);
    }

    /**
     * Loads the model folder. The native log level is process-wide in Vosk: the last engine loaded sets it.
     */
    public static VoskEngine load(Path folder, Options options) throws SpeechModelException {
        if (!Files.isRegularFile(folder.resolve("am/final.mdl")) || !Files.isDirectory(folder.resolve("conf"))) {
            throw new SpeechModelException("no Vosk model in " + folder + " (expected am/final.mdl and conf/)");
        }
        try {
            LibVosk.vosk_set_log_level(options.nativeLogLevel());
            return new VoskEngine(new Model(folder.toString()), folder, options.idleRecognizers());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw new SpeechModelException("cannot load the Vosk model in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * A decoder for one stream of 16 kHz audio.
     *
     * @param grammarJson a JSON list of words/phrases the decoder is restricted to, or null for open vocabulary
     */
    public Decoder decoder(String grammarJson) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the speech model is closed");
            }
            openDecoders++;
            String key = grammarJson == null ? "" : grammarJson;
            for (Iterator<Idle> it = idle.iterator(); it.hasNext(); ) {
                Idle i = it.next();
                if (i.grammar().equals(key)) {
                    it.remove();
                    return new Decoder(i.recognizer(), key);
                }
            }
        }
        try {
            Recognizer r = grammarJson == null ? new Recognizer(model, PcmAudio.RECOGNITION_RATE)
                    : new Recognizer(model, PcmAudio.RECOGNITION_RATE, grammarJson);
            r.setWords(true);
            return new Decoder(r, grammarJson == null ? "" : grammarJson);
        } catch (IOException | RuntimeException e) {
            released();
            throw new IllegalStateException("cannot create a Vosk recogniser: " + e.getMessage(), e);
        }
    }

    private synchronized void released() {
        openDecoders--;
        notifyAll();
    }

    /** Keeps a finished decoder's recogniser for reuse; frees the oldest idle one beyond the limit. */
    private void keep(Recognizer recognizer, String grammar) {
        Recognizer evicted = null;
        synchronized (this) {
            if (closed) {
                evicted = recognizer;
            } else {
                idle.addFirst(new Idle(grammar, recognizer));
                if (idle.size() > idleLimit) {
                    evicted = idle.removeLast().recognizer();
                }
            }
            released();
        }
        if (evicted != null) {
            evicted.close();
        }
    }

    private record Idle(String grammar, Recognizer recognizer) { }

    /** Words and their confidences, as Vosk reported them. */
    public record Decoded(String text, List<Double> wordConfidences) {
        public double meanConfidence() {
            return wordConfidences.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }
    }

    /** Decodes one stream; not thread-safe (one stream, one thread at a time). */
    public final class Decoder implements AutoCloseable {
        private final Recognizer recognizer;
        private final String grammar;
        private final List<Decoded> segments = new ArrayList<>();
        private boolean open = true;

        private Decoder(Recognizer recognizer, String grammar) {
            this.recognizer = recognizer;
            this.grammar = grammar;
        }

        public void accept(short[] samples, int count) {
            if (recognizer.acceptWaveForm(samples, count)) {
                // Vosk found an endpoint inside the stream: keep that segment, it continues with the next.
                segments.add(parse(recognizer.getResult()));
            }
        }

        /** Everything heard, the segments joined. The decoder can take a new stream afterwards. */
        public Decoded finish() {
            segments.add(parse(recognizer.getFinalResult()));
            StringBuilder text = new StringBuilder();
            List<Double> confidences = new ArrayList<>();
            for (Decoded d : segments) {
                if (!d.text().isBlank()) {
                    text.append(text.length() > 0 ? " " : "").append(d.text());
                    confidences.addAll(d.wordConfidences());
                }
            }
            segments.clear();
            return new Decoded(text.toString(), confidences);
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                recognizer.reset();
                segments.clear();
                keep(recognizer, grammar);
            }
        }
    }

    static Decoded parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<Double> conf = new ArrayList<>();
            for (JsonNode w : node.path("result")) {
                conf.add(w.path("conf").asDouble(0));
            }
            return new Decoded(node.path("text").asText(""), conf);
        } catch (IOException e) {
            throw new IllegalStateException("Vosk answered something that is not JSON: " + json, e);
        }
    }

    /** Frees the model once no decoder is open (interrupted while waiting, it leaves the model to the process's end). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            while (openDecoders > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        idle.forEach(i -> i.recognizer().close());
        idle.clear();
        model.close();
    }
}
