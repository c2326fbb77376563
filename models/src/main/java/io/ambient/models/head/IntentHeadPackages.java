package io.ambient.models.head;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelKind;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageWriter;
import io.ambient.models.pkg.TensorSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An intent head as a model package: {@value #HEAD_FILE} plus a manifest of kind
 * {@link ModelKind#INTENT_HEAD}. The same head and info give byte-identical files and manifest, hence the same
 * manifest digest. Stateless; thread-safe.
 */
public final class IntentHeadPackages {

    /** The ONNX graph's file name inside the package. */
    public static final String HEAD_FILE = "head.onnx";
    /** Metadata key for the encoder id, so a bare head.onnx still says which embeddings it expects. */
    public static final String ENCODER_KEY = "encoder";

    private final OnnxHeadWriter onnxWriter = new OnnxHeadWriter();
    private final ModelPackageWriter packageWriter = new ModelPackageWriter();

    /** The manifest for a head, without file digests (the package writer fills them in). */
    public Manifest manifest(TrainedHead head, HeadPackageInfo info) {
        return new Manifest(Manifest.FORMAT_VERSION, info.id(), info.version(), ModelKind.INTENT_HEAD, info.encoder(),
                info.embeddingSpaceId(), head.labels(),
                List.of(TensorSchema.floatMatrix(OnnxHeadWriter.INPUT_NAME, head.inputSize())),
                List.of(TensorSchema.floatMatrix(OnnxHeadWriter.OUTPUT_NAME, head.labels().size())),
                Map.of(), info.parentVersion(), info.trainingDataDigest(), info.metrics(), info.createdAt(), null);
    }

    /** The head's ONNX bytes as packaged (labels and encoder in the metadata). */
    public byte[] onnx(TrainedHead head, HeadPackageInfo info) {
        return onnxWriter.write(head, Map.of(ENCODER_KEY, info.encoder()));
    }

    /** Writes the package atomically at {@code target}, which must not exist. */
    public ModelPackage write(Path target, TrainedHead head, HeadPackageInfo info) throws ModelPackageException {
        return write(target, head, info, Map.of());
    }

    /** Writes the head with further files beside it (e.g. an embedding transform), all listed in the manifest. */
    public ModelPackage write(Path target, TrainedHead head, HeadPackageInfo info, Map<String, byte[]> extraFiles)
            throws ModelPackageException {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(info, "info");
        Map<String, byte[]> files = new java.util.TreeMap<>(extraFiles);
        if (files.put(HEAD_FILE, onnx(head, info)) != null) {
            throw new IllegalArgumentException(HEAD_FILE + " is the head's own file");
        }
        return packageWriter.write(target, manifest(head, info), files);
    }

    /**
     * Serves a verified head package on ONNX Runtime. The labels come from the manifest, and the model's own
     * label metadata must agree with them.
     *
     * @throws ModelPackageException the package is not an intent head or its file fails verification
     */
    public OnnxIntentHead open(OnnxRuntimeAdapter adapter, ModelPackage pkg) throws ModelPackageException {
        Manifest manifest = pkg.manifest();
        if (manifest.kind() != ModelKind.INTENT_HEAD) {
            throw new ModelPackageException(ModelPackageException.Kind.MALFORMED_MANIFEST, null,
                    manifest.coordinates() + " is a " + manifest.kind() + ", not an intent head");
        }
        byte[] model = pkg.read(HEAD_FILE);
        return OnnxIntentHead.load(adapter, model, manifest.coordinates(), manifest.labels());
    }
}
