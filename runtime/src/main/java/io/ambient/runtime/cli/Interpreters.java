package io.ambient.runtime.cli;

import io.ambient.context.Interpreter;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;

import java.util.ArrayList;
import java.util.List;

/** The interpreters the offline commands can evaluate, by name. */
final class Interpreters {
    private Interpreters() {
    }

    static List<EvalCommand.Candidate> select(String which) {
        List<EvalCommand.Candidate> out = new ArrayList<>();
        switch (which) {
            case "rules" -> out.add(rules());
            case "onnx", "all" -> throw new UsageException("no trained intent model is built into this runtime yet;"
                    + " use --model rules");
            default -> throw new UsageException("--model must be onnx, rules or all, was " + which);
        }
        return out;
    }

    static EvalCommand.Candidate rules() {
        RuleBasedUnderstander understander = new RuleBasedUnderstander();
        return new EvalCommand.Candidate("rules@0.1.0 (" + understander.scorerId() + ")",
                new Interpreter(understander, new DefaultContextResolver()));
    }
}
