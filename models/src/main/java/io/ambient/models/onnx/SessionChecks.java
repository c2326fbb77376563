package io.ambient.models.onnx;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Checks a run's arguments against the graph's schema before anything native is allocated, so a caller's
 * mistake reads as "input 'embedding' must be FLOAT32" rather than an ONNX Runtime status code.
 */
final class SessionChecks {

    private SessionChecks() {
    }

    static void requireInputs(String model, ModelSchema schema, Map<String, ? extends InputTensor> inputs) {
        for (TensorSpec spec : schema.inputs()) {
            if (!inputs.containsKey(spec.name())) {
                throw new IllegalArgumentException("model '" + model + "' needs input '" + spec.name()
                        + "'; given " + inputs.keySet());
            }
        }
        for (Map.Entry<String, ? extends InputTensor> input : inputs.entrySet()) {
            TensorSpec spec = schema.input(input.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "model '" + model + "' has no input '" + input.getKey() + "'; it has " + schema.inputNames()));
            requireCompatible(model, spec, input.getValue());
        }
    }

    private static void requireCompatible(String model, TensorSpec spec, InputTensor tensor) {
        if (tensor == null) {
            throw new IllegalArgumentException("input '" + spec.name() + "' of model '" + model + "' is null");
        }
        if (spec.type() != tensor.type()) {
            throw new IllegalArgumentException("input '" + spec.name() + "' of model '" + model + "' must be "
                    + spec.type() + ", was " + tensor.type());
        }
        long[] shape = tensor.shape();
        if (spec.rank() != shape.length) {
            throw new IllegalArgumentException("input '" + spec.name() + "' of model '" + model + "' must have shape "
                    + Arrays.toString(spec.shape()) + ", was " + Arrays.toString(shape));
        }
        for (int i = 0; i < shape.length; i++) {
            long declared = spec.dimension(i);
            if (declared >= 0 && declared != shape[i]) {
                throw new IllegalArgumentException("input '" + spec.name() + "' of model '" + model
                        + "' must have shape " + Arrays.toString(spec.shape()) + ", was " + Arrays.toString(shape));
            }
        }
    }

    static void requireOutputs(String model, ModelSchema schema, Collection<String> outputNames) {
        if (outputNames.isEmpty()) {
            throw new IllegalArgumentException("ask model '" + model + "' for at least one output");
        }
        for (String output : outputNames) {
            if (!schema.hasOutput(output)) {
                throw new IllegalArgumentException("model '" + model + "' has no output '" + output
                        + "'; it has " + schema.outputNames());
            }
        }
    }
}
