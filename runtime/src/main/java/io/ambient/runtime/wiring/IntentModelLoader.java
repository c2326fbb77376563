package io.ambient.runtime.wiring;

import io.ambient.context.nlu.BlendedIntentScorer;
import io.ambient.context.nlu.FuzzyEntityNames;
import io.ambient.context.nlu.IntentScorer;
import io.ambient.context.nlu.KeywordIntentScorer;
import io.ambient.context.nlu.ModelIntentScorer;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.teachable.preferences.PreferenceAwareResolver;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.intent.IntentClassifier;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.understanding.LoadedModel;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Loads the trained intent model: the package built into the runtime, or the one in a configured folder.
 * Every file is verified against the manifest's sha256 before ONNX Runtime sees it.
 */
public final class IntentModelLoader implements Callable<LoadedModel> {
    /** How the model's intent scores are used. */
    public enum Mode {
        /** the model alone ranks intents */
        MODEL,
        /** the model ranks; strong keyword patterns outrank it (see BlendedIntentScorer) */
        BLENDED
    }

    private final String packageDir;
    private final int threads;
    private final Mode mode;
    private final double threshold;

    /**
     * @param packageDir a package folder, or null for the built-in package
     * @param threshold  the resolver's confidence threshold for this model
     */
    public IntentModelLoader(String packageDir, int threads, Mode mode, double threshold) {
        this.packageDir = packageDir;
        this.threads = threads;
        this.mode = mode;
        this.threshold = threshold;
    }

    /** The understanding stage a classifier serves in: the same for the runtime, evaluation and training. */
    public static UnderstandingStage stage(IntentClassifier classifier, Mode mode, double threshold) {
        IntentScorer model = new ModelIntentScorer(classifier);
        IntentScorer scorer = mode == Mode.BLENDED ? new BlendedIntentScorer(model, new KeywordIntentScorer()) : model;
        FuzzyEntityNames fuzzyNames = classifier instanceof OnnxIntentClassifier onnx
                ? new FuzzyEntityNames(onnx.spaceEncoder()) : null;
        return new UnderstandingStage(new RuleBasedUnderstander(scorer, fuzzyNames),
                new PreferenceAwareResolver(new DefaultContextResolver(threshold)), scorer.id(),
                classifier instanceof OnnxIntentClassifier onnx ? onnx.encoder() : null);
    }

    /** An opened classifier and the native resources to release with it. */
    public record Opened(OnnxIntentClassifier classifier, AutoCloseable resources) { }

    /** Reads and verifies the package, then opens its encoder and head on ONNX Runtime. */
    public Opened open() throws ModelPackageException {
        return open(packageDir != null ? new ModelPackageReader().read(Path.of(packageDir)) : BuiltInIntentModel.read());
    }

    /** Opens a verified package's encoder (and transform) and head on ONNX Runtime. */
    public Opened open(ModelPackage pkg) throws ModelPackageException {
        OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(threads);
        try {
            OnnxIntentClassifier classifier = OnnxIntentClassifier.open(pkg, adapter);
            return new Opened(classifier, () -> {
                classifier.close();
                adapter.close();
            });
        } catch (RuntimeException | ModelPackageException e) {
            adapter.close();
            throw e;
        }
    }

    /** The serving stage over an opened package, as the runtime serves it. */
    public LoadedModel load(ModelPackage pkg) throws ModelPackageException {
        return loaded(open(pkg));
    }

    private LoadedModel loaded(Opened opened) {
        return new LoadedModel(stage(opened.classifier(), mode, threshold), opened.resources(), opened.classifier());
    }

    @Override
    public LoadedModel call() throws ModelPackageException {
        return loaded(open());
    }
}
