package io.ambient.models.head;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Trains an intent head over fixed sentence embeddings: softmax regression, or one ReLU hidden layer, with
 * class-balanced cross-entropy, L2, mini-batch Adam, then temperature scaling on the validation split.
 *
 * <p>Deterministic: the same data, options and seed give bit-identical weights on any machine. Each batch is
 * cut into a fixed number of lanes (independent of the core count); lanes run in parallel into their own
 * gradient buffers, which are then summed in lane order, so thread scheduling never changes a float.
 *
 * <p>Stateless apart from its options; one instance may train several heads, also concurrently.
 */
public final class HeadTrainer {

    /** Fixed, not the core count: the lane partition decides float summation order. */
    private static final int LANES = 8;

    private final HeadTrainingOptions options;

    public HeadTrainer(HeadTrainingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public HeadTrainingOptions options() {
        return options;
    }

    public TrainingResult train(TrainingData data) {
        return train(data, TrainingListener.NONE);
    }

    public TrainingResult train(TrainingData data, TrainingListener listener) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(listener, "listener");
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(options.seed());
        Split split = Split.stratified(data, options.validationFraction(), random.split());
        Checks.require(split.train().length > 0, "the validation fraction leaves no training examples");
        Network net = new Network(layerSizes(data), random.split());
        SplittableRandom shuffler = random.split();
        Adam adam = new Adam(net, options.learningRate(), options.l2());
        float[] classWeights = classWeights(data, split.train());
        int[] order = split.train().clone();
        Network.Gradients[] lanes = newLanes(net);
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Split.shuffle(order, shuffler);
            double loss = runEpoch(net, adam, data, order, classWeights, lanes);
            double validationAccuracy = accuracy(logits(net, data, split.validation()), data, split.validation());
            listener.epochFinished(new EpochProgress(epoch, options.epochs(), loss, validationAccuracy));
        }
        return finish(net, data, split, started);
    }

    private TrainingResult finish(Network net, TrainingData data, Split split, long started) {
        float[][] validationLogits = logits(net, data, split.validation());
        int[] validationLabels = labelsOf(data, split.validation());
        float temperature = TemperatureFit.fit(validationLogits, validationLabels);
        TrainedHead head = net.toHead(data.labelNames(), temperature);
        return new TrainingResult(
                head,
                accuracy(logits(net, data, split.train()), data, split.train()),
                accuracy(validationLogits, data, split.validation()),
                TemperatureFit.nll(validationLogits, validationLabels, 1f),
                TemperatureFit.nll(validationLogits, validationLabels, temperature),
                split.train().length,
                split.validation().length,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private int[] layerSizes(TrainingData data) {
        int classes = data.labelNames().size();
        return options.hiddenSize() == 0
                ? new int[] {data.width(), classes}
                : new int[] {data.width(), options.hiddenSize(), classes};
    }

    /** n / (classes present * n_c): every class weighs the same in the loss, however many examples it has. */
    private static float[] classWeights(TrainingData data, int[] train) {
        int classes = data.labelNames().size();
        int[] counts = new int[classes];
        for (int i : train) {
            counts[data.label(i)]++;
        }
        long present = IntStream.of(counts).filter(c -> c > 0).count();
        float[] weights = new float[classes];
        for (int c = 0; c < classes; c++) {
            weights[c] = counts[c] == 0 ? 0f : (float) (train.length / (double) (present * counts[c]));
        }
        return weights;
    }

    private static Network.Gradients[] newLanes(Network net) {
        Network.Gradients[] lanes = new Network.Gradients[LANES];
        for (int l = 0; l < LANES; l++) {
            lanes[l] = net.new Gradients();
        }
        return lanes;
    }

    /** One pass over the shuffled training split; returns the mean example loss. */
    private double runEpoch(Network net, Adam adam, TrainingData data, int[] order, float[] classWeights,
                            Network.Gradients[] lanes) {
        int batch = options.batchSize() == 0 ? order.length : Math.min(options.batchSize(), order.length);
        double loss = 0;
        for (int start = 0; start < order.length; start += batch) {
            int end = Math.min(order.length, start + batch);
            int from = start;
            IntStream.range(0, LANES).parallel().forEach(lane -> {
                Network.Gradients g = lanes[lane];
                g.clear();
                Network.Workspace ws = net.new Workspace();
                for (int k = laneStart(from, end, lane); k < laneStart(from, end, lane + 1); k++) {
                    accumulate(net, data, order[k], classWeights, ws, g);
                }
            });
            for (int lane = 1; lane < LANES; lane++) {
                lanes[0].add(lanes[lane]);
            }
            loss += lanes[0].loss;
            adam.step(net, lanes[0], end - start);
        }
        return loss / order.length;
    }

    private static int laneStart(int from, int end, int lane) {
        return from + (int) ((long) (end - from) * lane / LANES);
    }

    private static void accumulate(Network net, TrainingData data, int example, float[] classWeights,
                                   Network.Workspace ws, Network.Gradients g) {
        int label = data.label(example);
        float[] reference = null;
        float distill = 0f;
        DistillationReference ref = data.distillation();
        if (ref != null && ref.weight() > 0) {
            reference = ref.row(example);
            boolean referenceRight = Softmax.argmax(reference) == label;
            distill = (float) (ref.weight() * (1 + (referenceRight ? ref.focalBoost() : 0)));
        }
        net.accumulate(data.row(example), label, classWeights[label], reference, distill, ws, g);
    }

    /** Logits of the given examples, computed in parallel lanes; each row is written by exactly one lane. */
    private static float[][] logits(Network net, TrainingData data, int[] examples) {
        float[][] out = new float[examples.length][];
        IntStream.range(0, LANES).parallel().forEach(lane -> {
            Network.Workspace ws = net.new Workspace();
            for (int k = laneStart(0, examples.length, lane); k < laneStart(0, examples.length, lane + 1); k++) {
                out[k] = net.forward(data.row(examples[k]), ws).clone();
            }
        });
        return out;
    }

    private static double accuracy(float[][] logits, TrainingData data, int[] examples) {
        if (examples.length == 0) {
            return Double.NaN;
        }
        int correct = 0;
        for (int k = 0; k < examples.length; k++) {
            if (Softmax.argmax(logits[k]) == data.label(examples[k])) {
                correct++;
            }
        }
        return correct / (double) examples.length;
    }

    private static int[] labelsOf(TrainingData data, int[] examples) {
        int[] labels = new int[examples.length];
        for (int k = 0; k < examples.length; k++) {
            labels[k] = data.label(examples[k]);
        }
        return labels;
    }
}
