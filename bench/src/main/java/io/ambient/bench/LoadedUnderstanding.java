package io.ambient.bench;

import io.ambient.context.Interpreter;
import io.ambient.context.eval.Evaluation;
import io.ambient.context.eval.PreparedCase;
import io.ambient.context.training.SentenceMasker;
import io.ambient.devices.HomeSnapshot;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.wiring.IntentModelLoader;
import io.ambient.runtime.wiring.UnderstandingFactory;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default understanding stage as the runtime serves it: the built-in intent model (MiniLM encoder and
 * intent head on ONNX Runtime, one intra-op thread) blended with the keyword patterns, with the model's
 * resolver threshold; and the development cases, each with the context it describes and the masked text
 * the model reads for it. Opened once per trial; the model's native sessions are closed on tear-down.
 */
@State(Scope.Benchmark)
public class LoadedUnderstanding {
    private IntentModelLoader.Opened model;
    private Interpreter interpreter;
    private List<PreparedCase> cases;
    private List<String> masked;

    @Setup(Level.Trial)
    public void open() throws ModelPackageException {
        open(DevelopmentCases.locate());
    }

    void open(DevelopmentCases where) throws ModelPackageException {
        IntentModelLoader.Mode mode = IntentModelLoader.Mode.BLENDED;
        double threshold = UnderstandingFactory.MODEL_THRESHOLD;
        model = new IntentModelLoader(null, 1, mode, threshold).open();
        UnderstandingStage stage = IntentModelLoader.stage(model.classifier(), mode, threshold);
        interpreter = new Interpreter(stage.understander(), stage.resolver());
        cases = new Evaluation(interpreter, stage.version(), Clock.systemDefaultZone())
                .prepare(where.homes(), where.cases());
        masked = masked(cases);
    }

    /** The text each case's model input is (home words and quantities replaced by placeholders). */
    private static List<String> masked(List<PreparedCase> cases) {
        Map<String, HomeSnapshot> homes = new LinkedHashMap<>();
        for (PreparedCase c : cases) {
            homes.putIfAbsent(homeKey(c), c.context().home());
        }
        SentenceMasker masker = new SentenceMasker(homes);
        List<String> out = new ArrayList<>(cases.size());
        for (PreparedCase c : cases) {
            out.add(masker.mask(c.text(), homeKey(c)));
        }
        return List.copyOf(out);
    }

    private static String homeKey(PreparedCase c) {
        return String.valueOf(c.evalCase().home());
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (model != null) {
            model.resources().close();
            model = null;
        }
    }

    Interpreter interpreter() {
        return interpreter;
    }

    OnnxIntentClassifier classifier() {
        return model.classifier();
    }

    List<PreparedCase> cases() {
        return cases;
    }

    /** The masked text of case {@code i}, as the intent model reads it. */
    String masked(int i) {
        return masked.get(i);
    }
}
