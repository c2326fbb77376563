package io.ambient.runtime.cli;

import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.VoskModelFiles;
import io.ambient.runtime.failure.FailureStage;
import io.ambient.runtime.speecheval.AudioEvaluation;
import io.ambient.runtime.speecheval.Synthesizer;
import io.ambient.runtime.speecheval.Voices;
import io.ambient.runtime.turn.UnderstandingStage;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ./ambient eval --audio}: the development cases spoken in several voices, with noise, through the audio
 * path; word error rate, intent accuracy and failure points per voice x noise slice, the best-worst gap, and with
 * several {@code --modes} the effect of biasing toward the home's vocabulary.
 */
final class AudioEvalCommand {
    /** The espeak-ng voices, then every English MBROLA voice (used where installed, else reported as skipped). */
    static final String DEFAULT_VOICES = "en-us,en-us+f3,en-gb,en-gb+f3,en-gb-scotland,en-029,en-gb-x-rp,en-gb-x-gbcwmd,"
            + Voices.MBROLA;
    static final String DEFAULT_NOISE = "clean,pinknoise:20,pinknoise:10";

    private AudioEvalCommand() {
    }

    static int run(String[] argv, PrintStream out) throws Exception {
        Args args = new Args(argv, Set.of("home", "cases", "voices", "noise", "limit", "modes", "model", "report",
                "jobs", "cache"));
        Path home = args.option("home").map(Path::of).orElse(CommandLine.installDir().resolve("eval/homes"));
        Path cases = args.option("cases").map(Path::of).orElse(CommandLine.installDir().resolve("eval/cases"));
        if (cases.toString().contains("heldout") || home.toString().contains("heldout")) {
            throw new UsageException("eval --audio runs on development cases only; held-out sets stay held out");
        }
        if (!Synthesizer.available()) {
            throw new UsageException("eval --audio needs espeak-ng and sox (apt-get install espeak-ng sox)");
        }
        List<SpeechRecognizer.Mode> modes = new ArrayList<>();
        for (String m : args.option("modes").orElse(SpeechRecognizer.Mode.DEFAULT.wire()).split(",")) {
            modes.add(SpeechRecognizer.Mode.parse(m));
        }
        int limit = Integer.parseInt(args.option("limit").orElse("40"));
        int jobs = Integer.parseInt(args.option("jobs").orElse(String.valueOf(
                Math.min(2, Runtime.getRuntime().availableProcessors()))));
        String cacheOption = args.option("cache").orElse(CommandLine.installDir().resolve("target/speech-cache").toString());
        Path work = Files.createTempDirectory("ambient-audio-eval-");
        Synthesizer synth = new Synthesizer(work, cacheOption.equals("none") ? null : Path.of(cacheOption));
        List<String> skipped = new ArrayList<>();
        List<AudioEvaluation.Slice> slices = slices(args.option("voices").orElse(DEFAULT_VOICES),
                args.option("noise").orElse(DEFAULT_NOISE), synth, skipped);
        skipped.forEach(out::println);
        UnderstandingStage stage = Interpreters.stage(args.option("model").orElse("onnx"));
        String load = loadAverage();
        long t0 = System.nanoTime();
        List<AudioEvaluation.SliceResult> results;
        // Two decoders per stream in dual mode, one grammar per home: room for every job's recognisers.
        VoskEngine.Options options = new VoskEngine.Options(VoskEngine.Options.DEFAULT.nativeLogLevel(), 4 * jobs);
        AudioEvaluation eval;
        try (VoskEngine engine = VoskEngine.load(VoskModelFiles.bundled(Path.of(System.getProperty("java.io.tmpdir"))),
                options)) {
            eval = new AudioEvaluation(stage, engine, synth, home, cases, limit, work);
            out.printf(Locale.ROOT, "%d cases from %s, interpreter %s; as text: intent %.3f, exact %.3f%n",
                    eval.caseCount(), cases, stage.version(), eval.textReport().intentAccuracy(),
                    eval.textReport().exactAccuracy());
            out.printf(Locale.ROOT, "%d slices x %d modes on %d jobs (%d cores), recordings cached in %s%n",
                    slices.size(), modes.size(), jobs, Runtime.getRuntime().availableProcessors(), cacheOption);
            out.println(header());
            results = eval.runAll(slices, modes, jobs, r -> out.println(row(r)));
        }
        double minutes = (System.nanoTime() - t0) / 60e9;
        String summary = summary(results, modes);
        out.println();
        out.println(header());
        results.forEach(r -> out.println(row(r)));
        out.print(summary);
        String run = String.format(Locale.ROOT, "%d cases, %d slices x %d modes, %d jobs on %d cores, %.1f min;"
                        + " load average (1/5/15 min) %s at the start, %s at the end", eval.caseCount(), slices.size(),
                modes.size(), jobs, Runtime.getRuntime().availableProcessors(), minutes, load, loadAverage());
        out.println(run);
        if (args.option("report").isPresent()) {
            StringBuilder md = new StringBuilder("Command: `./ambient eval --audio ").append(String.join(" ", argv))
                    .append("`  \n").append(run).append("\n\n");
            skipped.forEach(v -> md.append("- ").append(v).append('\n'));
            md.append(skipped.isEmpty() ? "" : "\n").append(header()).append('\n').append(divider()).append('\n');
            results.forEach(r -> md.append(row(r)).append('\n'));
            md.append('\n').append(summary);
            Files.writeString(Path.of(args.option("report").get()), md);
            out.println("table written to " + args.option("report").get());
        }
        return 0;
    }

    /**
     * The slices of the voices that can speak here. {@value Voices#MBROLA} stands for every English MBROLA voice
     * espeak-ng lists; a voice that cannot speak is added to {@code skipped} with the reason.
     */
    static List<AudioEvaluation.Slice> slices(String voices, String noise, Synthesizer synth, List<String> skipped)
            throws java.io.IOException, InterruptedException {
        Voices installed = Voices.installed();
        List<String> wanted = new ArrayList<>();
        for (String voice : voices.split(",")) {
            if (voice.strip().equals(Voices.MBROLA)) {
                wanted.addAll(installed.mbrolaVoices());
            } else if (!voice.isBlank()) {
                wanted.add(voice.strip());
            }
        }
        List<AudioEvaluation.Slice> slices = new ArrayList<>();
        for (String voice : wanted) {
            Optional<String> missing = installed.missing(voice);
            if (missing.isEmpty()) {
                try {
                    synth.speak("test", voice);
                } catch (java.io.IOException e) {
                    missing = Optional.of(e.getMessage());
                }
            }
            if (missing.isPresent()) {
                skipped.add("voice " + voice + " skipped: " + missing.get());
                continue;
            }
            for (String n : noise.split(",")) {
                String[] kind = n.strip().split(":");
                slices.add(kind[0].equals("clean") ? new AudioEvaluation.Slice(voice, "none", null)
                        : new AudioEvaluation.Slice(voice, kind[0], Double.parseDouble(kind[1])));
            }
        }
        return slices;
    }

    /** The machine's load average, to read the timings by. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + "/" + f[1] + "/" + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static String header() {
        return "| voice | noise | mode | WER | intent acc. | exact acc. | failure points | RTF |";
    }

    static String divider() {
        return "|---|---|---|---:|---:|---:|---|---:|";
    }

    static String row(AudioEvaluation.SliceResult r) {
        StringBuilder f = new StringBuilder();
        for (FailureStage s : FailureStage.values()) {
            Integer n = r.failures().get(s);
            if (n != null) {
                f.append(f.length() > 0 ? ", " : "").append(s.wire()).append(' ').append(n);
            }
        }
        return String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %s | %.3f |", r.slice().voice(),
                r.slice().noiseName(), r.mode().wire(), r.errors().rate(),
                r.intentAccuracy(), r.exactAccuracy(), f.length() == 0 ? "-" : f, r.realTimeFactor());
    }

    static String summary(List<AudioEvaluation.SliceResult> results, List<SpeechRecognizer.Mode> modes) {
        StringBuilder s = new StringBuilder("\n");
        for (SpeechRecognizer.Mode mode : modes) {
            List<AudioEvaluation.SliceResult> of = results.stream().filter(r -> r.mode() == mode).toList();
            if (of.isEmpty()) {
                continue;
            }
            AudioEvaluation.SliceResult best = of.stream().max(Comparator.comparingDouble(
                    AudioEvaluation.SliceResult::intentAccuracy)).orElseThrow();
            AudioEvaluation.SliceResult worst = of.stream().min(Comparator.comparingDouble(
                    AudioEvaluation.SliceResult::intentAccuracy)).orElseThrow();
            double pooledWer = of.stream().mapToDouble(r -> r.errors().edits()).sum()
                    / Math.max(1, of.stream().mapToDouble(r -> r.errors().referenceWords()).sum());
            double meanIntent = of.stream().mapToDouble(AudioEvaluation.SliceResult::intentAccuracy).average().orElse(0);
            s.append(String.format(Locale.ROOT, "mode %s: pooled WER %.3f, mean intent accuracy %.3f; best slice %s / %s"
                            + " (%.3f), worst %s / %s (%.3f), gap %.3f%n", mode.wire(),
                    pooledWer, meanIntent, best.slice().voice(), best.slice().noiseName(), best.intentAccuracy(),
                    worst.slice().voice(), worst.slice().noiseName(), worst.intentAccuracy(),
                    best.intentAccuracy() - worst.intentAccuracy()));
        }
        return s.toString();
    }

    static String[] without(String[] argv, String flag) {
        return Arrays.stream(argv).filter(a -> !a.equals(flag)).toArray(String[]::new);
    }
}
