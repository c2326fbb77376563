package io.ambient.runtime.speecheval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.context.ContextResolver;
import io.ambient.context.Interpreter;
import io.ambient.context.Understander;
import io.ambient.context.eval.EvalReport;
import io.ambient.context.eval.Evaluation;
import io.ambient.devices.home.HomeFile;
import io.ambient.models.asr.EndOfSpeechDetector;
import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.Transcript;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.WavReader;
import io.ambient.models.asr.WordErrorRate;
import io.ambient.runtime.audio.HomeVocabulary;
import io.ambient.runtime.failure.FailureStage;
import io.ambient.runtime.turn.UnderstandingStage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Speech evaluation of development cases, one voice x noise slice at a time. Every case is spoken, noised, read
 * back as a WAV, streamed through end-of-speech detection and Vosk (biased toward the case's home), and the
 * transcript goes through the same interpreter and scoring as the text evaluation. A case that is right as
 * text but wrong as speech failed at recognition (or at the audio, when no speech was found); one that is
 * wrong as text too failed where the text evaluation says.
 */
public final class AudioEvaluation {
    /** One voice and one noise condition; {@code snrDb} null for no noise. */
    public record Slice(String voice, String noise, Double snrDb) {
        public String noiseName() {
            return snrDb == null ? "clean" : noise + " " + Math.round(snrDb) + " dB";
        }
    }

    /** What one slice measured. */
    public record SliceResult(Slice slice, SpeechRecognizer.Mode mode, int cases, WordErrorRate.Errors errors,
                              double intentAccuracy, double exactAccuracy, Map<FailureStage, Integer> failures,
                              double realTimeFactor) { }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnderstandingStage understanding;
    private final VoskEngine engine;
    private final Synthesizer synthesizer;
    private final Path homes;
    private final Path cases;
    private final List<JsonNode> selected;
    private final Map<String, HomeVocabulary> vocabularies = new ConcurrentHashMap<>();
    private EvalReport textReport;

    /**
     * @param cases a .jsonl file of development cases (or a folder of them)
     * @param limit how many cases to take, spread evenly over the set (0 for all)
     * @param work  a folder for the subset and temporary audio
     */
    public AudioEvaluation(UnderstandingStage understanding, VoskEngine engine, Synthesizer synthesizer, Path homes,
                           Path cases, int limit, Path work) throws IOException {
        this.understanding = understanding;
        this.engine = engine;
        this.synthesizer = synthesizer;
        this.homes = homes;
        List<JsonNode> all = readCases(cases);
        // Grouped by home: the recogniser kept for a home's grammar is then reused case after case.
        this.selected = spread(all, limit).stream()
                .sorted(Comparator.comparing(c -> c.path("home").asText(""))).toList();
        this.cases = work.resolve("audio-eval-cases.jsonl");
        StringBuilder subset = new StringBuilder();
        for (JsonNode c : selected) {
            subset.append(c.toString()).append('\n');
        }
        Files.writeString(this.cases, subset);
    }

    public int caseCount() {
        return selected.size();
    }

    /** The same cases as text: the reference the speech slices are compared with. */
    public synchronized EvalReport textReport() {
        if (textReport == null) {
            textReport = evaluate(Map.of());
        }
        return textReport;
    }

    /**
     * Every slice in every mode, on {@code jobs} threads (slices are independent; the model is shared). Results
     * come back in the order asked, whatever order they finish in; each is also handed to {@code done} as it
     * finishes.
     */
    public List<SliceResult> runAll(List<Slice> slices, List<SpeechRecognizer.Mode> modes, int jobs,
                                    Consumer<SliceResult> done) throws IOException, InterruptedException {
        textReport();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<SliceResult>> futures = new ArrayList<>();
            for (Slice slice : slices) {
                for (SpeechRecognizer.Mode mode : modes) {
                    futures.add(pool.submit(() -> {
                        SliceResult r = run(slice, mode);
                        done.accept(r);
                        return r;
                    }));
                }
            }
            List<SliceResult> out = new ArrayList<>();
            for (Future<SliceResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("a slice failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public SliceResult run(Slice slice, SpeechRecognizer.Mode mode) throws IOException, InterruptedException {
        SpeechRecognizer recognizer = new SpeechRecognizer(engine, mode);
        Map<String, Heard> heard = new HashMap<>();
        WordErrorRate.Errors errors = WordErrorRate.Errors.NONE;
        double audioSeconds = 0;
        double recognitionSeconds = 0;
        for (JsonNode c : selected) {
            String text = c.path("text").asText();
            PcmAudio speech = synthesizer.speak(text, slice.voice());
            if (slice.snrDb() != null) {
                speech = synthesizer.withNoise(speech, slice.noise(), slice.snrDb());
            }
            long t0 = System.nanoTime();
            Heard h = listen(WavReader.write(speech), recognizer, vocabulary(c.path("home").asText(null)));
            recognitionSeconds += (System.nanoTime() - t0) / 1e9;
            audioSeconds += speech.seconds();
            heard.put(text, h);
            errors = errors.plus(WordErrorRate.of(SpokenForm.of(text), h.transcript().text()));
        }
        EvalReport report = evaluate(heard);
        return new SliceResult(slice, mode, selected.size(), errors, report.intentAccuracy(), report.exactAccuracy(),
                failures(report, heard), recognitionSeconds / audioSeconds);
    }

    /** A transcript and whether any speech was detected. */
    record Heard(Transcript transcript, boolean speechDetected) { }

    /** The runtime's audio path: WAV bytes, 30 ms chunks through end-of-speech detection and the recogniser. */
    static Heard listen(byte[] wav, SpeechRecognizer recognizer, io.ambient.models.asr.Vocabulary vocabulary) {
        PcmAudio pcm = WavReader.read(wav).forRecognition();
        EndOfSpeechDetector detector = new EndOfSpeechDetector(EndOfSpeechDetector.Settings.DEFAULT);
        try (SpeechRecognizer.Stream stream = recognizer.open(vocabulary)) {
            for (int at = 0; at < pcm.samples().length; at += 480) {
                short[] chunk = pcm.slice(at, Math.min(at + 480, pcm.samples().length)).samples();
                stream.accept(chunk, chunk.length);
                EndOfSpeechDetector.State state = detector.accept(chunk, chunk.length);
                if (state == EndOfSpeechDetector.State.ENDED || state == EndOfSpeechDetector.State.TOO_LONG) {
                    break;
                }
            }
            return new Heard(stream.finish(), detector.speechEndSeconds() >= 0);
        }
    }

    private io.ambient.models.asr.Vocabulary vocabulary(String home) {
        Path file = Files.isDirectory(homes) ? homes.resolve(home + ".json") : homes;
        HomeVocabulary v = vocabularies.computeIfAbsent(file.toString(), k -> new HomeVocabulary());
        return v.of(HomeFile.read(file, Clock.systemUTC().instant()));
    }

    /** The interpreter on what was heard instead of what was written (the case's earlier turns stay text). */
    private EvalReport evaluate(Map<String, Heard> heard) {
        Understander u = (text, home) -> {
            String words = heardOr(heard, text);
            return words.isBlank() ? List.of() : understanding.understander().understand(words, home);
        };
        ContextResolver r = (text, hypotheses, context) ->
                understanding.resolver().resolve(heardOr(heard, text), hypotheses, context);
        return new Evaluation(new Interpreter(u, r), understanding.version(), Clock.systemDefaultZone())
                .evaluate(homes, cases);
    }

    private static String heardOr(Map<String, Heard> heard, String text) {
        Heard h = heard.get(text);
        return h == null ? text : h.transcript().text();
    }

    private Map<FailureStage, Integer> failures(EvalReport audio, Map<String, Heard> heard) {
        Map<String, EvalReport.CaseResult> asText = new HashMap<>();
        textReport().results().forEach(r -> asText.put(r.id(), r));
        Map<String, String> textOf = new HashMap<>();
        selected.forEach(c -> textOf.put(c.path("id").asText(), c.path("text").asText()));
        Map<FailureStage, Integer> out = new EnumMap<>(FailureStage.class);
        for (EvalReport.CaseResult spoken : audio.results()) {
            if (ok(spoken)) {
                continue;
            }
            EvalReport.CaseResult written = asText.get(spoken.id());
            FailureStage stage;
            if (written != null && ok(written)) {
                Heard h = heard.get(textOf.get(spoken.id()));
                stage = h != null && !h.speechDetected() ? FailureStage.AUDIO : FailureStage.ASR;
            } else {
                stage = textStage(written);
            }
            out.merge(stage, 1, Integer::sum);
        }
        return out;
    }

    static boolean ok(EvalReport.CaseResult r) {
        return r.intentOk() && r.exactOk() && !Boolean.FALSE.equals(r.targetOk()) && r.outcomeOk();
    }

    /** Where a text case failed: the intent or slots (understanding), else the targets or outcome (resolution). */
    public static FailureStage textStage(EvalReport.CaseResult r) {
        if (r == null || !r.intentOk() || !r.exactOk()) {
            return FailureStage.NLU;
        }
        return FailureStage.RESOLVE;
    }

    private static List<JsonNode> readCases(Path cases) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(cases)) {
            try (Stream<Path> s = Files.list(cases)) {
                s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        } else {
            files.add(cases);
        }
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    /** {@code limit} cases spread evenly over the list, in order (all when limit is 0 or more than there are). */
    static List<JsonNode> spread(List<JsonNode> all, int limit) {
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return out;
    }
}
