package io.ambient.models.text;

import io.ambient.models.onnx.ElementType;
import io.ambient.models.onnx.FloatTensor;
import io.ambient.models.onnx.InputTensor;
import io.ambient.models.onnx.ModelLoadException;
import io.ambient.models.onnx.ModelSchema;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.onnx.OnnxSession;
import io.ambient.models.onnx.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT-style sentence encoder run on ONNX Runtime: {@link WordPieceTokenizer}, the transformer graph, pooling
 * ({@link EncoderSpec.Pooling}) and L2 normalisation. Thread-safe; closing it closes its ONNX session.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";
    static final String HIDDEN_STATE = "last_hidden_state";

    /**
     * Sentences per ONNX run. One, on purpose: the int8 encoders quantise activations dynamically, with one
     * scale per tensor computed over the whole batch, so a sentence's vector would depend on which other
     * sentences (and how much padding) shared its run. Measured on MiniLM: up to 0.024 per component and a
     * cosine of 0.988 between the same sentence alone and padded next to a longer one. An embedding that is
     * stored for years must not depend on its batch companions, and batch must equal single. The padding
     * code below still pads a chunk to its longest sentence, should a float model allow larger chunks.
     */
    private static final int SENTENCES_PER_RUN = 1;

    private final EncoderSpec spec;
    private final WordPieceTokenizer tokenizer;
    private final OnnxSession session;
    private final boolean feedsTokenTypes;

    private OnnxSentenceEncoder(EncoderSpec spec, WordPieceTokenizer tokenizer, OnnxSession session) {
        this.spec = spec;
        this.tokenizer = tokenizer;
        this.session = session;
        this.feedsTokenTypes = session.schema().hasInput(TOKEN_TYPE_IDS);
    }

    /**
     * Loads the spec's tokenizer and graph from the classpath.
     *
     * @throws ModelLoadException a resource is missing or invalid, or the graph's inputs and outputs are not
     *                            those of a BERT encoder of the spec's width
     */
    public static OnnxSentenceEncoder create(EncoderSpec spec, OnnxRuntimeAdapter adapter) {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.fromResource(spec.tokenizerResource(), spec.maxTokens());
        return of(spec, tokenizer, adapter.loadResource(spec.onnxResource()));
    }

    /**
     * Wraps a tokenizer and a session loaded elsewhere (for example from a model package). The encoder takes
     * ownership of the session: it is closed if the schema check fails, and when the encoder is closed.
     *
     * @throws ModelLoadException the graph's inputs and outputs are not those of a BERT encoder of the spec's width
     */
    public static OnnxSentenceEncoder of(EncoderSpec spec, WordPieceTokenizer tokenizer, OnnxSession session) {
        try {
            checkSchema(spec, session);
        } catch (ModelLoadException e) {
            session.close();
            throw e;
        }
        return new OnnxSentenceEncoder(spec, tokenizer, session);
    }

    private static void checkSchema(EncoderSpec spec, OnnxSession session) {
        ModelSchema schema = session.schema();
        for (String input : List.of(INPUT_IDS, ATTENTION_MASK)) {
            if (schema.input(input).map(TensorSpec::type).orElse(null) != ElementType.INT64) {
                throw new ModelLoadException(session.name(), "encoder '" + spec.id() + "' needs an int64 input '"
                        + input + "'; the graph has " + schema.inputs());
            }
        }
        for (TensorSpec input : schema.inputs()) {
            if (!List.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS).contains(input.name())) {
                throw new ModelLoadException(session.name(), "encoder '" + spec.id()
                        + "' cannot feed graph input '" + input.name() + "'");
            }
        }
        TensorSpec hidden = schema.output(HIDDEN_STATE).orElseThrow(() -> new ModelLoadException(session.name(),
                "encoder '" + spec.id() + "' needs output '" + HIDDEN_STATE + "'; the graph has " + schema.outputs()));
        long width = hidden.rank() == 3 ? hidden.dimension(2) : -2;
        if (hidden.type() != ElementType.FLOAT32 || (width != -1 && width != spec.dimensions())) {
            throw new ModelLoadException(session.name(), "encoder '" + spec.id() + "' expects " + HIDDEN_STATE
                    + " as FLOAT32[batch, tokens, " + spec.dimensions() + "], the graph declares " + hidden);
        }
    }

    public EncoderSpec spec() {
        return spec;
    }

    @Override
    public Embedding encode(String text) {
        return encodeBatch(List.of(text)).get(0);
    }

    @Override
    public List<Embedding> encodeBatch(List<String> texts) {
        List<Embedding> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += SENTENCES_PER_RUN) {
            out.addAll(encodeChunk(texts.subList(from, Math.min(texts.size(), from + SENTENCES_PER_RUN))));
        }
        return List.copyOf(out);
    }

    private List<Embedding> encodeChunk(List<String> texts) {
        List<TokenizedText> tokenized = new ArrayList<>(texts.size());
        int width = 0;
        for (String text : texts) {
            if (text == null) {
                throw new IllegalArgumentException("cannot encode a null text");
            }
            TokenizedText tokens = tokenizer.encode(text);
            tokenized.add(tokens);
            width = Math.max(width, tokens.length());
        }
        int rows = tokenized.size();
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        long[] types = new long[rows * width];
        for (int row = 0; row < rows; row++) {
            tokenized.get(row).copyInto(ids, mask, types, row, width); // padding: id 0, mask 0
        }
        long[] shape = {rows, width};
        Map<String, InputTensor> inputs = new LinkedHashMap<>();
        inputs.put(INPUT_IDS, new InputTensor.Int64(ids, shape));
        inputs.put(ATTENTION_MASK, new InputTensor.Int64(mask, shape));
        if (feedsTokenTypes) {
            inputs.put(TOKEN_TYPE_IDS, new InputTensor.Int64(types, shape));
        }
        FloatTensor hidden = session.run(inputs, HIDDEN_STATE);
        return pool(hidden, mask, rows, width);
    }

    private List<Embedding> pool(FloatTensor hidden, long[] mask, int rows, int width) {
        long[] shape = hidden.shape();
        int dims = spec.dimensions();
        if (shape.length != 3 || shape[0] != rows || shape[1] != width || shape[2] != dims) {
            throw new IllegalStateException("encoder '" + spec.id() + "' returned " + HIDDEN_STATE + " "
                    + hidden + ", expected [" + rows + ", " + width + ", " + dims + "]");
        }
        float[] data = hidden.data();
        List<Embedding> out = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            float[] vector = spec.pooling() == EncoderSpec.Pooling.CLS
                    ? clsVector(data, row, width, dims)
                    : meanVector(data, mask, row, width, dims);
            out.add(new Embedding(normalised(vector), spec.spaceId()));
        }
        return out;
    }

    private static float[] clsVector(float[] data, int row, int width, int dims) {
        float[] vector = new float[dims];
        System.arraycopy(data, row * width * dims, vector, 0, dims);
        return vector;
    }

    private static float[] meanVector(float[] data, long[] mask, int row, int width, int dims) {
        double[] sum = new double[dims];
        int count = 0;
        for (int token = 0; token < width; token++) {
            if (mask[row * width + token] == 0) {
                continue; // padding must not pull the mean towards the pad token's vector
            }
            count++;
            int base = (row * width + token) * dims;
            for (int d = 0; d < dims; d++) {
                sum[d] += data[base + d];
            }
        }
        float[] vector = new float[dims];
        for (int d = 0; d < dims; d++) {
            vector[d] = (float) (sum[d] / Math.max(count, 1));
        }
        return vector;
    }

    private static float[] normalised(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += (double) v * v;
        }
        // Same floor as sentence-transformers' normalize: an all-zero vector stays zero instead of NaN.
        double norm = Math.max(Math.sqrt(squares), 1e-12);
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / norm);
        }
        return out;
    }

    @Override
    public String spaceId() {
        return spec.spaceId();
    }

    @Override
    public int dimensions() {
        return spec.dimensions();
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "OnnxSentenceEncoder[" + spec.id() + "]";
    }
}
