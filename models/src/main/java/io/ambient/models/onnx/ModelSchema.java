package io.ambient.models.onnx;

import java.util.List;
import java.util.Optional;

/**
 * The inputs and outputs a loaded graph declares, in the graph's order. Callers use it to check, before the
 * first run, that a graph is the one they expect (for example an intent head whose output width equals the
 * label count in its manifest).
 */
public record ModelSchema(List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public ModelSchema {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public Optional<TensorSpec> input(String name) {
        return inputs.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public Optional<TensorSpec> output(String name) {
        return outputs.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public boolean hasInput(String name) {
        return input(name).isPresent();
    }

    public boolean hasOutput(String name) {
        return output(name).isPresent();
    }

    public List<String> inputNames() {
        return inputs.stream().map(TensorSpec::name).toList();
    }

    public List<String> outputNames() {
        return outputs.stream().map(TensorSpec::name).toList();
    }
}
