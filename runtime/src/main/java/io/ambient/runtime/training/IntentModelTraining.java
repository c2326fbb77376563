package io.ambient.runtime.training;

import io.ambient.context.Interpreter;
import io.ambient.context.eval.EvalReport;
import io.ambient.context.eval.Evaluation;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.context.training.TrainingExample;
import io.ambient.context.training.TrainingSentenceGenerator;
import io.ambient.context.training.TrainingSet;
import io.ambient.models.head.HeadPackageInfo;
import io.ambient.models.head.HeadTrainer;
import io.ambient.models.head.HeadTrainingOptions;
import io.ambient.models.head.IntentHeadPackages;
import io.ambient.models.head.OnnxIntentHead;
import io.ambient.models.head.TrainingData;
import io.ambient.models.head.TrainingResult;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.runtime.turn.UnderstandingStage;
import io.ambient.runtime.wiring.IntentModelLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The training run behind {@code ./ambient train}. */
public final class IntentModelTraining {

    /**
     * @param seed      drives sentence generation, the validation split and the head's initial weights
     * @param createdAt written into the manifest; fixed by default so that the same seed gives the same digest
     * @param devHomes  development evaluation homes (metrics in the manifest), or null to skip
     */
    public record Options(long seed, EncoderSpec encoder, HeadTrainingOptions head, SemanticVersion version,
                          String createdAt, Path devHomes, Path devCases) { }

    /** What a run produced. */
    public record Result(ModelPackage pkg, TrainingResult training, EvalReport dev) { }

    private final PrintStream progress;
    private final EmbeddingCache cache;

    public IntentModelTraining(PrintStream progress) {
        this(progress, null);
    }

    /** @param embeddingCache a directory keeping embeddings between runs, or null to encode every time */
    public IntentModelTraining(PrintStream progress, Path embeddingCache) {
        this.progress = progress;
        this.cache = embeddingCache == null ? null : new EmbeddingCache(embeddingCache);
    }

    public Result run(Options options, Path out) throws ModelPackageException {
        long t0 = System.nanoTime();
        TrainingSentenceGenerator generator = new TrainingSentenceGenerator();
        step("generating training sentences (seed " + options.seed() + ")");
        TrainingSet set = TrainingSet.of(generator.generate(options.seed()), generator.masker());
        progress.printf(Locale.ROOT, "  %d examples over %d labels, %d masked texts dropped as conflicts%n",
                set.size(), set.labels().size(), set.conflicts().size());
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             SentenceEncoder encoder = OnnxSentenceEncoder.create(options.encoder(), adapter)) {
            TrainingData data = encode(set, encoder);
            step("training the head (" + describe(options.head()) + ")");
            TrainingResult trained = new HeadTrainer(options.head().withSeed(options.seed())).train(data,
                    p -> progress.printf(Locale.ROOT, "  epoch %d/%d  loss %.4f  validation accuracy %.4f%n",
                            p.epoch(), p.epochs(), p.loss(), p.validationAccuracy()));
            Map<String, Double> metrics = new TreeMap<>(trained.metrics());
            HeadPackageInfo draft = info(options, set, encoder, metrics);
            EvalReport dev = null;
            if (options.devHomes() != null) {
                step("evaluating on the development sets");
                dev = evaluate(adapter, encoder, trained, draft, options);
                metrics.put("dev.intentAccuracy", round(dev.intentAccuracy()));
                metrics.put("dev.exactAccuracy", round(dev.exactAccuracy()));
                metrics.put("dev.targetAccuracy", round(dev.targetAccuracy()));
                progress.printf(Locale.ROOT, "  intent %.3f  exact %.3f  target %.3f  outcome %.3f%n",
                        dev.intentAccuracy(), dev.exactAccuracy(), dev.targetAccuracy(), dev.outcomeAccuracy());
            }
            step("writing the package to " + out);
            ModelPackage pkg = PackageFolders.replace(out,
                    tmp -> new IntentHeadPackages().write(tmp, trained.head(), info(options, set, encoder, metrics)));
            progress.printf(Locale.ROOT, "done in %.1f s: %s, manifest digest %s%n", (System.nanoTime() - t0) / 1e9,
                    pkg.manifest().coordinates(), pkg.manifestDigest());
            return new Result(pkg, trained, dev);
        }
    }

    TrainingData encode(TrainingSet set, SentenceEncoder encoder) {
        List<TrainingExample> examples = set.examples();
        List<String> labels = set.labels();
        float[][] x = encodeTexts(examples.stream().map(TrainingExample::masked).toList(), encoder, "examples");
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            y[i] = labels.indexOf(examples.get(i).intent());
        }
        return TrainingData.of(x, y, labels);
    }

    /** Embeds every text, printing progress every 2000 (encoding is most of a training run's time). */
    float[][] encodeTexts(List<String> texts, SentenceEncoder encoder, String what) {
        Path cached = cache == null ? null : cache.file(encoder.spaceId(), texts);
        Optional<float[][]> hit = cached == null ? Optional.empty() : cache.load(cached, texts);
        if (hit.isPresent()) {
            step(texts.size() + " " + what + " embedded by " + encoder.spaceId() + " read from " + cached);
            return hit.get();
        }
        step("encoding " + texts.size() + " " + what + " with " + encoder.spaceId());
        float[][] x = new float[texts.size()][];
        long t0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            x[i] = encoder.encode(texts.get(i)).vector();
            if ((i + 1) % 2000 == 0 || i + 1 == texts.size()) {
                double s = (System.nanoTime() - t0) / 1e9;
                progress.printf(Locale.ROOT, "  %d/%d encoded (%.0f s, about %.0f s left)%n", i + 1, texts.size(),
                        s, s / (i + 1) * (texts.size() - i - 1));
            }
        }
        if (cached != null) {
            cache.store(cached, x);
        }
        return x;
    }

    private EvalReport evaluate(OnnxRuntimeAdapter adapter, SentenceEncoder encoder, TrainingResult trained,
                                HeadPackageInfo info, Options options) {
        IntentHeadPackages packages = new IntentHeadPackages();
        OnnxIntentHead head = OnnxIntentHead.load(adapter, packages.onnx(trained.head(), info), "candidate",
                trained.head().labels());
        // The classifier borrows the encoder; only the head is closed here.
        OnnxIntentClassifier classifier = new OnnxIntentClassifier(encoder, head, packages.manifest(trained.head(), info));
        try {
            UnderstandingStage stage = IntentModelLoader.stage(classifier, IntentModelLoader.Mode.MODEL,
                    DefaultContextResolver.DEFAULT_THRESHOLD);
            Interpreter interpreter = new Interpreter(stage.understander(), stage.resolver());
            Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
            return new Evaluation(interpreter, classifier.id(), clock).evaluate(options.devHomes(), options.devCases());
        } finally {
            head.close();
        }
    }

    private static HeadPackageInfo info(Options o, TrainingSet set, SentenceEncoder encoder,
                                        Map<String, Double> metrics) {
        return new HeadPackageInfo("intent", o.version(), null, o.encoder().id(), encoder.spaceId(), set.digest(),
                metrics, o.createdAt());
    }

    private static String describe(HeadTrainingOptions h) {
        return (h.hiddenSize() == 0 ? "softmax" : "MLP, " + h.hiddenSize() + " hidden") + ", " + h.epochs()
                + " epochs";
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    void step(String what) {
        progress.println("- " + what);
    }
}
