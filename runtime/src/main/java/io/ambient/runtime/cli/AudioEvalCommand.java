package io.ambient.runtime.cli;

import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.VoskModelFiles;
import io.ambient.runtime.failure.FailureStage;
import io.ambient.runtime.speecheval.AudioEvaluation;
import io.ambient.runtime.speecheval.Synthesizer;
import io.ambient.runtime.turn.UnderstandingStage;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./ambient eval --audio}: the development cases spoken in several voices, with noise, through the audio
 * path; word error rate, intent accuracy and failure points per voice x noise slice, the best-worst gap, and with
 * several {@code --modes} the effect of biasing toward the home's vocabulary.
 */
final class AudioEvalCommand {
    static final String DEFAULT_VOICES = "en-us,en-us+f3,en-gb,en-gb+f3,en-gb-scotland,en-029,en-gb-x-rp,en-gb-x-gbcwmd,"
            + "mb-us1,mb-de1-en";
    static final String DEFAULT_NOISE = "clean,pinknoise:20,pinknoise:10";

    private AudioEvalCommand() {
    }

    static int run(String[] argv, PrintStream out) throws Exception {
        Args args = new Args(argv, Set.of("home", "cases", "voices", "noise", "limit", "modes", "model", "report"));
        Path home = args.option("home").map(Path::of).orElse(CommandLine.installDir().resolve("eval/homes"));
        Path cases = args.option("cases").map(Path::of).orElse(CommandLine.installDir().resolve("eval/cases"));
        if (cases.toString().contains("heldout") || home.toString().contains("heldout")) {
            throw new UsageException("eval --audio runs on development cases only; held-out sets stay held out");
        }
        if (!Synthesizer.available()) {
            throw new UsageException("eval --audio needs espeak-ng and sox (apt-get install espeak-ng sox)");
        }
        List<SpeechRecognizer.Mode> modes = new ArrayList<>();
        for (String m : args.option("modes").orElse("dual").split(",")) {
            modes.add(SpeechRecognizer.Mode.parse(m));
        }
        int limit = Integer.parseInt(args.option("limit").orElse("40"));
        Path work = Files.createTempDirectory("ambient-audio-eval-");
        Synthesizer synth = new Synthesizer(work);
        List<AudioEvaluation.Slice> slices = slices(args.option("voices").orElse(DEFAULT_VOICES),
                args.option("noise").orElse(DEFAULT_NOISE), synth, out);
        UnderstandingStage stage = Interpreters.stage(args.option("model").orElse("onnx"));
        List<AudioEvaluation.SliceResult> results = new ArrayList<>();
        try (VoskEngine engine = VoskEngine.load(VoskModelFiles.bundled(Path.of(System.getProperty("java.io.tmpdir"))))) {
            AudioEvaluation eval = new AudioEvaluation(stage, engine, synth, home, cases, limit, work);
            out.printf(Locale.ROOT, "%d cases from %s, interpreter %s; as text: intent %.3f, exact %.3f%n",
                    eval.caseCount(), cases, stage.version(), eval.textReport().intentAccuracy(),
                    eval.textReport().exactAccuracy());
            out.println(header());
            for (AudioEvaluation.Slice slice : slices) {
                for (SpeechRecognizer.Mode mode : modes) {
                    AudioEvaluation.SliceResult r = eval.run(slice, mode);
                    results.add(r);
                    out.println(row(r));
                }
            }
        }
        String summary = summary(results, modes);
        out.print(summary);
        if (args.option("report").isPresent()) {
            StringBuilder md = new StringBuilder(header()).append('\n').append(divider()).append('\n');
            results.forEach(r -> md.append(row(r)).append('\n'));
            md.append('\n').append(summary);
            Files.writeString(Path.of(args.option("report").get()), md);
            out.println("table written to " + args.option("report").get());
        }
        return 0;
    }

    /** Voices espeak-ng cannot speak (MBROLA voices without their data) are reported and left out. */
    static List<AudioEvaluation.Slice> slices(String voices, String noise, Synthesizer synth, PrintStream out)
            throws InterruptedException {
        List<AudioEvaluation.Slice> slices = new ArrayList<>();
        for (String voice : voices.split(",")) {
            try {
                synth.speak("test", voice.strip());
            } catch (java.io.IOException e) {
                out.println("voice " + voice + " is not available here (skipped): " + e.getMessage());
                continue;
            }
            for (String n : noise.split(",")) {
                String[] kind = n.strip().split(":");
                slices.add(kind[0].equals("clean") ? new AudioEvaluation.Slice(voice.strip(), "none", null)
                        : new AudioEvaluation.Slice(voice.strip(), kind[0], Double.parseDouble(kind[1])));
            }
        }
        return slices;
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
                r.slice().noiseName(), r.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.errors().rate(),
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
                            + " (%.3f), worst %s / %s (%.3f), gap %.3f%n", mode.name().toLowerCase(Locale.ROOT).replace('_', '-'),
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
