package io.ambient.runtime.speecheval;

import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.VoskModelFiles;
import io.ambient.runtime.turn.UnderstandingStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One small slice of the speech evaluation, for real: espeak-ng speaks three development commands, sox adds noise,
 * Vosk hears them, two slices at a time, with the recordings cached. Needs espeak-ng and sox (.ci/run installs them); skipped where they are missing.
 */
class AudioSliceTest {
    @TempDir
    Path work;

    private static long wavs(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".wav")).count();
        }
    }

    @Test
    void run_threeCommandsInTwoConditions_measuresWerAccuracyAndFailurePoints() throws Exception {
        assumeTrue(Synthesizer.available(), "espeak-ng and sox are not installed");
        UnderstandingStage rules = new UnderstandingStage(new RuleBasedUnderstander(), new DefaultContextResolver(),
                "rules");
        try (VoskEngine engine = VoskEngine.load(VoskModelFiles.bundled(work))) {
            Path cache = work.resolve("cache");
            AudioEvaluation eval = new AudioEvaluation(rules, engine, new Synthesizer(work, cache),
                    Path.of("../eval/homes"), Path.of("../eval/cases/commands.jsonl"), 3, work);
            AudioEvaluation.Slice quiet = new AudioEvaluation.Slice("en-us", "none", null);
            List<AudioEvaluation.SliceResult> both = eval.runAll(List.of(quiet,
                    new AudioEvaluation.Slice("en-us", "pinknoise", 0.0)), List.of(SpeechRecognizer.Mode.DEFAULT), 2,
                    r -> { });
            AudioEvaluation.SliceResult clean = both.get(0);
            AudioEvaluation.SliceResult noisy = both.get(1);

            assertEquals(3, clean.cases());
            assertTrue(clean.errors().referenceWords() >= 6, clean.toString());
            assertTrue(clean.errors().rate() < 0.35, "clean en-us WER " + clean.errors().rate());
            assertTrue(clean.intentAccuracy() >= 0.5, clean.toString());
            // noise as loud as the speech must cost words; its failures are counted at a stage
            assertTrue(noisy.errors().rate() > clean.errors().rate(), noisy + " vs " + clean);
            int failed = (int) Math.round((1 - noisy.exactAccuracy()) * noisy.cases());
            assertTrue(noisy.failures().values().stream().mapToInt(Integer::intValue).sum() >= failed, noisy.toString());
            assertTrue(clean.realTimeFactor() > 0);

            // every recording was kept (3 spoken, 3 noised); a rerun makes none and hears the same words
            assertEquals(6, wavs(cache));
            AudioEvaluation.SliceResult again = eval.run(quiet, SpeechRecognizer.Mode.DEFAULT);
            assertEquals(6, wavs(cache));
            assertEquals(clean.errors(), again.errors());
        }
    }
}
