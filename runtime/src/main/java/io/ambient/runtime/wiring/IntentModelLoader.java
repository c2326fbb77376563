package io.ambient.runtime.wiring;

import io.ambient.context.nlu.ModelIntentScorer;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.models.intent.BuiltInIntentModel;
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
    private final String packageDir;
    private final int threads;

    /** @param packageDir a package folder, or null for the built-in package */
    public IntentModelLoader(String packageDir, int threads) {
        this.packageDir = packageDir;
        this.threads = threads;
    }

    @Override
    public LoadedModel call() throws ModelPackageException {
        ModelPackage pkg = packageDir != null ? new ModelPackageReader().read(Path.of(packageDir))
                : BuiltInIntentModel.read();
        OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(threads);
        try {
            OnnxIntentClassifier classifier = OnnxIntentClassifier.open(pkg, adapter);
            UnderstandingStage stage = new UnderstandingStage(
                    new RuleBasedUnderstander(new ModelIntentScorer(classifier)), new DefaultContextResolver(),
                    classifier.id());
            return new LoadedModel(stage, () -> {
                classifier.close();
                adapter.close();
            });
        } catch (RuntimeException | ModelPackageException e) {
            adapter.close();
            throw e;
        }
    }
}
