package io.ambient.runtime.speecheval;

import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.VoskModelFiles;
import io.ambient.runtime.turn.UnderstandingStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One small slice of the speech evaluation, for real: espeak-ng speaks three development commands, sox adds noise,
 * Vosk hears them. Needs espeak-ng and sox (.ci/run installs them); skipped where they are missing.
 */
class AudioSliceTest {
    @TempDir
    Path work;

    @Test
    void run_threeCommandsInTwoConditions_measuresWerAccuracyAndFailurePoints() throws Exception {
        assumeTrue(Synthesizer.available(), "espeak-ng and sox are not installed");
        UnderstandingStage rules = new UnderstandingStage(new RuleBasedUnderstander(), new DefaultContextResolver(),
                "rules");
        try (VoskEngine engine = VoskEngine.load(VoskModelFiles.bundled(work))) {
            AudioEvaluation eval = new AudioEvaluation(rules, engine, new Synthesizer(work), Path.of("../eval/homes"),
                    Path.of("../eval/cases/commands.jsonl"), 3, work);
            AudioEvaluation.SliceResult clean = eval.run(new AudioEvaluation.Slice("en-us", "none", null),
                    SpeechRecognizer.Mode.DUAL);
            AudioEvaluation.SliceResult noisy = eval.run(new AudioEvaluation.Slice("en-us", "pinknoise", 0.0),
                    SpeechRecognizer.Mode.DUAL);

            assertEquals(3, clean.cases());
            assertTrue(clean.errors().referenceWords() >= 6, clean.toString());
            assertTrue(clean.errors().rate() < 0.35, "clean en-us WER " + clean.errors().rate());
            assertTrue(clean.intentAccuracy() >= 0.5, clean.toString());
            // noise as loud as the speech must cost words; its failures are counted at a stage
            assertTrue(noisy.errors().rate() > clean.errors().rate(), noisy + " vs " + clean);
            int failed = (int) Math.round((1 - noisy.exactAccuracy()) * noisy.cases());
            assertTrue(noisy.failures().values().stream().mapToInt(Integer::intValue).sum() >= failed, noisy.toString());
            assertTrue(clean.realTimeFactor() > 0);
        }
    }
}
