package io.ambient.models.intent;

import io.ambient.models.head.IntentHeadPackages;
import io.ambient.models.head.OnnxIntentHead;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.text.Embedding;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.models.transform.EmbeddingTransform;
import io.ambient.models.transform.TransformedEncoder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The trained intent model: a sentence encoder and an intent head, both on ONNX Runtime, from a verified
 * model package. Thread-safe. Closing releases the native sessions (after in-flight runs finish).
 */
public final class OnnxIntentClassifier implements IntentClassifier, AutoCloseable {
    private final SentenceEncoder encoder;
    private final SentenceEncoder spaceEncoder;
    private final OnnxIntentHead head;
    private final Manifest manifest;

    public OnnxIntentClassifier(SentenceEncoder encoder, OnnxIntentHead head, Manifest manifest) {
        this(encoder, null, head, manifest);
    }

    /**
     * @param spaceEncoder the embedding space's own encoder when {@code encoder} reaches it through a transform
     *                     (owned: closed with this), or null when {@code encoder} is native to the space
     */
    public OnnxIntentClassifier(SentenceEncoder encoder, SentenceEncoder spaceEncoder, OnnxIntentHead head,
                                Manifest manifest) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.spaceEncoder = spaceEncoder;
        if (spaceEncoder != null && !spaceEncoder.spaceId().equals(encoder.spaceId())) {
            throw new IllegalArgumentException("the space encoder writes " + spaceEncoder.spaceId() + ", not "
                    + encoder.spaceId());
        }
        this.head = Objects.requireNonNull(head, "head");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        if (!encoder.spaceId().equals(manifest.embeddingSpaceId())) {
            throw new IllegalArgumentException(manifest.coordinates() + " reads embeddings of space "
                    + manifest.embeddingSpaceId() + ", but the encoder produces " + encoder.spaceId());
        }
    }

    /**
     * Opens a verified head package with the built-in encoder its manifest names.
     *
     * @throws ModelPackageException the package is not an intent head, fails verification, or names an
     *                               encoder this runtime does not have
     */
    public static OnnxIntentClassifier open(ModelPackage pkg, OnnxRuntimeAdapter adapter) throws ModelPackageException {
        Manifest manifest = pkg.manifest();
        EncoderSpec spec = encoderOf(manifest);
        EmbeddingTransform transform = transformOf(pkg, spec);
        OnnxIntentHead head = new IntentHeadPackages().open(adapter, pkg);
        SentenceEncoder encoder = null;
        try {
            encoder = OnnxSentenceEncoder.create(spec, adapter);
            if (transform == null) {
                return new OnnxIntentClassifier(encoder, head, manifest);
            }
            EncoderSpec spaceSpec = nativeEncoderOf(manifest.embeddingSpaceId());
            return new OnnxIntentClassifier(new TransformedEncoder(encoder, transform),
                    spaceSpec == null ? null : OnnxSentenceEncoder.create(spaceSpec, adapter), head, manifest);
        } catch (RuntimeException e) {
            if (encoder != null) {
                encoder.close();
            }
            head.close();
            throw e;
        }
    }

    private static EncoderSpec nativeEncoderOf(String spaceId) {
        for (EncoderSpec spec : EncoderSpec.BUILT_IN) {
            if (spec.spaceId().equals(spaceId)) {
                return spec;
            }
        }
        return null;
    }

    /**
     * The package's transform into its embedding space, or null when its encoder works in that space itself.
     *
     * @throws ModelPackageException the encoder's space differs from the package's and no transform is shipped,
     *                               or the transform file is malformed
     */
    static EmbeddingTransform transformOf(ModelPackage pkg, EncoderSpec spec) throws ModelPackageException {
        Manifest manifest = pkg.manifest();
        boolean shipped = manifest.files().containsKey(EmbeddingTransform.FILE);
        if (!shipped) {
            if (!spec.spaceId().equals(manifest.embeddingSpaceId())) {
                throw new ModelPackageException(ModelPackageException.Kind.MALFORMED_MANIFEST, ModelPackage.MANIFEST_FILE,
                        manifest.coordinates() + " reads space " + manifest.embeddingSpaceId() + " but its encoder "
                                + spec.id() + " writes " + spec.spaceId() + ", and it ships no " + EmbeddingTransform.FILE);
            }
            return null;
        }
        try {
            EmbeddingTransform t = EmbeddingTransform.fromBytes(pkg.read(EmbeddingTransform.FILE), spec.spaceId(),
                    manifest.embeddingSpaceId());
            if (t.inputs() != spec.dimensions()) {
                throw new IllegalArgumentException("it takes " + t.inputs() + " values, " + spec.id() + " gives " + spec.dimensions());
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new ModelPackageException(ModelPackageException.Kind.MALFORMED_MANIFEST, EmbeddingTransform.FILE,
                    "the transform of " + manifest.coordinates() + " is unusable: " + e.getMessage(), e);
        }
    }

    static EncoderSpec encoderOf(Manifest manifest) throws ModelPackageException {
        for (EncoderSpec spec : EncoderSpec.BUILT_IN) {
            if (spec.id().equals(manifest.encoder())) {
                return spec;
            }
        }
        throw new ModelPackageException(ModelPackageException.Kind.MALFORMED_MANIFEST, "manifest.json",
                manifest.coordinates() + " needs encoder " + manifest.encoder() + ", which this runtime does not have");
    }

    @Override
    public List<LabelScore> classify(String text) {
        Embedding e = encoder.encode(text);
        float[] p = head.probabilities(e.vector());
        List<String> labels = head.labels();
        List<LabelScore> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            out.add(new LabelScore(labels.get(i), Math.max(0.0, Math.min(1.0, p[i]))));
        }
        out.sort(Comparator.comparingDouble(LabelScore::probability).reversed());
        return out;
    }

    /** {@code <id>@<version>}, e.g. {@code intent@1.0.0}. */
    @Override
    public String id() {
        return manifest.id() + "@" + manifest.version();
    }

    public Manifest manifest() {
        return manifest;
    }

    public String embeddingSpaceId() {
        return encoder.spaceId();
    }

    /**
     * The encoder the head reads, through the package's transform if it ships one (its vectors are in
     * {@link #embeddingSpaceId()}); shared with other users of the same embedding space (closed with this).
     */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /**
     * An encoder native to {@link #embeddingSpaceId()}: the same as {@link #encoder()} unless the package reaches
     * the space through a transform, then the space's own encoder. For comparisons computed fresh on both sides
     * with thresholds calibrated in that space (fuzzy device names): a transform trained for retrieval of
     * stored sentences keeps rankings of sentences, not the fine geometry of two-word names.
     */
    public SentenceEncoder spaceEncoder() {
        return spaceEncoder != null ? spaceEncoder : encoder;
    }

    @Override
    public void close() {
        head.close();
        encoder.close();
        if (spaceEncoder != null) {
            spaceEncoder.close();
        }
    }
}
