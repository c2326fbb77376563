package io.ambient.bench;

import io.ambient.context.Interpretation;
import io.ambient.context.eval.PreparedCase;
import io.ambient.models.intent.LabelScore;
import io.ambient.models.text.Embedding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Understanding one turn, timed per invocation (sample mode, so JMH reports p50, p90, p99, p99.9 and the
 * maximum). Each invocation takes the next development case, so the percentiles are over the mix of
 * commands, questions, context-dependent and out-of-domain sentences that the evaluation holds.
 *
 * <ul>
 *   <li>{@link #turn}: what a turn costs the runtime before acting: normalise and mask, encoder + head,
 *       keyword blend, slot filling, contextual resolution against the case's snapshot.</li>
 *   <li>{@link #encoderAndHead}: the intent model alone on the masked text (MiniLM + head).</li>
 *   <li>{@link #encoder}: the sentence encoder alone (tokenise, ONNX Runtime, mean pooling, L2).</li>
 *   <li>{@link #head}: the intent head alone on a precomputed embedding.</li>
 * </ul>
 *
 * The fork runs with the collector and heap the launcher gives {@code ./ambient bench}; pass
 * {@code -jvmArgsAppend "..."} to JMH for the hub's flags.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx1g"})
public class TurnUnderstandingBenchmark {

    @Benchmark
    public Interpretation turn(LoadedUnderstanding understanding, CaseCursor cursor) {
        PreparedCase c = understanding.cases().get(cursor.next(understanding.cases().size()));
        return understanding.interpreter().interpret(c.text(), c.context()).interpretation();
    }

    @Benchmark
    public List<LabelScore> encoderAndHead(LoadedUnderstanding understanding, CaseCursor cursor) {
        return understanding.classifier().classify(understanding.masked(cursor.next(understanding.cases().size())));
    }

    @Benchmark
    public Embedding encoder(LoadedUnderstanding understanding, CaseCursor cursor) {
        return understanding.classifier().encoder()
                .encode(understanding.masked(cursor.next(understanding.cases().size())));
    }

    @Benchmark
    public float[] head(LoadedUnderstanding understanding, HeadOnly head, CaseCursor cursor) {
        return head.head().probabilities(head.embedding(cursor.next(understanding.cases().size())));
    }
}
