package io.ambient.runtime.cli;

import io.ambient.context.Interpreter;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.wiring.IntentModelLoader;
import io.ambient.runtime.wiring.UnderstandingFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The interpreters the offline commands can evaluate, by name. The ONNX model's native sessions live until
 * the command's JVM exits.
 */
final class Interpreters {
    private Interpreters() {
    }

    /** @param packageDir a model package folder, or null for the built-in one */
    static List<EvalCommand.Candidate> select(String which, String packageDir) {
        List<EvalCommand.Candidate> out = new ArrayList<>();
        switch (which) {
            case "rules" -> out.add(rules());
            case "onnx" -> out.add(onnx(open(packageDir), IntentModelLoader.Mode.BLENDED));
            case "model-only" -> out.add(onnx(open(packageDir), IntentModelLoader.Mode.MODEL));
            case "all" -> {
                if (packageDir != null || BuiltInIntentModel.present()) {
                    // One encoder and head serve both readings of the model.
                    IntentModelLoader.Opened model = open(packageDir);
                    out.add(onnx(model, IntentModelLoader.Mode.BLENDED));
                    out.add(onnx(model, IntentModelLoader.Mode.MODEL));
                }
                out.add(rules());
            }
            default -> throw new UsageException("--model must be onnx, model-only, rules or all, was " + which);
        }
        return out;
    }

    /** The resolver threshold for the model; AMBIENT_THRESHOLD overrides it for calibration runs. */
    static double threshold() {
        String t = System.getenv("AMBIENT_THRESHOLD");
        return t == null ? UnderstandingFactory.MODEL_THRESHOLD : Double.parseDouble(t);
    }

    static EvalCommand.Candidate rules() {
        RuleBasedUnderstander understander = new RuleBasedUnderstander();
        return new EvalCommand.Candidate(UnderstandingFactory.RULES_VERSION + " (" + understander.scorerId() + ")",
                new Interpreter(understander, new DefaultContextResolver()));
    }

    private static IntentModelLoader.Opened open(String packageDir) {
        try {
            return new IntentModelLoader(packageDir, 1, IntentModelLoader.Mode.BLENDED, threshold()).open();
        } catch (Exception e) {
            throw new UsageException("cannot load the intent model: " + e.getMessage());
        }
    }

    private static EvalCommand.Candidate onnx(IntentModelLoader.Opened model, IntentModelLoader.Mode mode) {
        UnderstandingStage stage = IntentModelLoader.stage(model.classifier(), mode, threshold());
        return new EvalCommand.Candidate(stage.version(), new Interpreter(stage.understander(), stage.resolver()));
    }

    /** The understanding stage by name ({@code onnx}, {@code model-only}, {@code rules}), for the audio evaluation. */
    static UnderstandingStage stage(String which) {
        if (which.equals("rules")) {
            return new UnderstandingStage(new RuleBasedUnderstander(), new DefaultContextResolver(),
                    UnderstandingFactory.RULES_VERSION);
        }
        IntentModelLoader.Mode mode = which.equals("model-only") ? IntentModelLoader.Mode.MODEL
                : IntentModelLoader.Mode.BLENDED;
        return IntentModelLoader.stage(open(null).classifier(), mode, threshold());
    }
}
