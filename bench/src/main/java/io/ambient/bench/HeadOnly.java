package io.ambient.bench;

import io.ambient.models.head.IntentHeadPackages;
import io.ambient.models.head.OnnxIntentHead;
import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.ModelPackageException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The built-in intent head on a session of its own (the classifier does not expose its head), and the
 * embedding of every case's masked text computed once, so the head can be timed without the encoder.
 */
@State(Scope.Benchmark)
public class HeadOnly {
    private OnnxRuntimeAdapter adapter;
    private OnnxIntentHead head;
    private float[][] embeddings;

    @Setup(Level.Trial)
    public void open(LoadedUnderstanding understanding) throws ModelPackageException {
        adapter = new OnnxRuntimeAdapter(1);
        head = new IntentHeadPackages().open(adapter, BuiltInIntentModel.read());
        int n = understanding.cases().size();
        embeddings = new float[n][];
        for (int i = 0; i < n; i++) {
            embeddings[i] = understanding.classifier().encoder().encode(understanding.masked(i)).vector();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (head != null) {
            head.close();
            head = null;
        }
        if (adapter != null) {
            adapter.close();
            adapter = null;
        }
    }

    OnnxIntentHead head() {
        return head;
    }

    float[] embedding(int i) {
        return embeddings[i];
    }
}
