package io.ambient.runtime.training;

import io.ambient.context.training.LabeledSentence;
import io.ambient.context.training.TrainingSentenceGenerator;
import io.ambient.context.training.TrainingSet;
import io.ambient.models.head.DistillationReference;
import io.ambient.models.head.HeadPackageInfo;
import io.ambient.models.head.HeadTrainer;
import io.ambient.models.head.HeadTrainingOptions;
import io.ambient.models.head.IntentHeadPackages;
import io.ambient.models.head.OnnxIntentHead;
import io.ambient.models.head.TrainedHead;
import io.ambient.models.head.TrainingData;
import io.ambient.models.head.TrainingResult;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.registry.RegressionEvaluator.CaseResult;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.models.transform.EmbeddingTransform;
import io.ambient.models.transform.ParaphraseAlignment;
import io.ambient.models.transform.TransformedEncoder;
import io.ambient.runtime.update.EvalSetRegression;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./ambient train --parent PKG}: trains an update of a serving model that keeps what it got right.
 * <ul>
 *   <li>The training sentences are embedded in the parent's space (by the parent's encoder); the parent's head
 *       scores them, and the new head is trained with those scores as reference (focal distillation: extra weight
 *       where the parent was right).</li>
 *   <li>With a new encoder, the new encoder's embeddings of the same sentences are mapped into the parent's space
 *       by an affine transform ({@link TransformTraining}: least squares, refined for paraphrase retrieval against
 *       the parent's vectors), shipped in the package; the head reads transformed vectors, so the
 *       package's embedding space stays the parent's and stored embeddings stay valid.</li>
 *   <li>A head without distillation is trained as well, only to report what distillation buys: negative flip
 *       rate and accuracy on the development sets for both.</li>
 * </ul>
 */
public final class UpdateTraining {

    /**
     * @param distillWeight weight of the distillation term
     * @param focalBoost    extra factor where the parent was right
     * @param ridge         L2 penalty of the transform's least-squares fit
     * @param alignment     the transform's refinement for paraphrase retrieval (0 epochs: least squares only)
     */
    public record Options(IntentModelTraining.Options base, double distillWeight, double focalBoost, double ridge,
                          ParaphraseAlignment.Options alignment) { }

    /** One head's standing against the parent on the development sets. */
    public record Standing(double accuracy, double negativeFlipRate, int negativeFlips, int cases) { }

    public record Result(ModelPackage pkg, Standing parent, Standing plain, Standing distilled) { }

    private final PrintStream progress;
    private final IntentModelTraining steps;

    public UpdateTraining(PrintStream progress) {
        this(progress, null);
    }

    /** @param embeddingCache a directory keeping embeddings between runs, or null to encode every time */
    public UpdateTraining(PrintStream progress, Path embeddingCache) {
        this.progress = progress;
        this.steps = new IntentModelTraining(progress, embeddingCache);
    }

    public Result run(Options options, ModelPackage parent, Path out) throws ModelPackageException {
        long t0 = System.nanoTime();
        IntentModelTraining.Options o = options.base();
        Manifest pm = parent.manifest();
        TrainingSentenceGenerator generator = new TrainingSentenceGenerator();
        steps.step("generating training sentences (seed " + o.seed() + ")");
        List<LabeledSentence> sentences = generator.generate(o.seed());
        TrainingSet set = TrainingSet.of(sentences, generator.masker());
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             OnnxIntentClassifier parentModel = OnnxIntentClassifier.open(parent, adapter)) {
            TrainingData inParentSpace = steps.encode(set, parentModel.encoder());
            float[][] reference = reference(adapter, parent, inParentSpace, set.labels());
            boolean sameEncoder = o.encoder().id().equals(pm.encoder());
            SentenceEncoder own = sameEncoder ? null : OnnxSentenceEncoder.create(o.encoder(), adapter);
            try {
                EmbeddingTransform transform = null;
                TrainingData data = inParentSpace;
                if (!sameEncoder) {
                    TransformTraining.Result fit = new TransformTraining(steps, progress).run(set, sentences,
                            generator.masker(), inParentSpace.embeddings(), parentModel.encoder(), own,
                            pm.embeddingSpaceId(), options.ridge(), options.alignment());
                    transform = fit.transform();
                    data = TrainingData.of(fit.mappedExamples(), inParentSpace.labels(), set.labels());
                }
                HeadTrainer trainer = new HeadTrainer(o.head().withSeed(o.seed()));
                steps.step("training the head without distillation (for comparison)");
                TrainingResult plain = trainer.train(data, this::epoch);
                steps.step("training the head with focal distillation from " + pm.coordinates() + " (weight "
                        + options.distillWeight() + ", boost " + options.focalBoost() + ")");
                TrainingResult distilled = trainer.train(data.withDistillation(
                        new DistillationReference(reference, options.distillWeight(), options.focalBoost())), this::epoch);

                SentenceEncoder candidateEncoder = sameEncoder ? parentModel.encoder()
                        : new TransformedEncoder(own, transform);
                // As served: a transformed package compares fuzzy names in its space's own encoder (the parent's).
                SentenceEncoder spaceEncoder = sameEncoder ? null : parentModel.spaceEncoder();
                HeadPackageInfo draft = info(o, pm, set, Map.of());
                EvalSetRegression dev = o.devHomes() == null ? null : new EvalSetRegression(o.devHomes(), o.devCases());
                Map<String, Double> metrics = new TreeMap<>(distilled.metrics());
                Standing[] standings = new Standing[3];
                if (dev != null) {
                    steps.step("comparing with the parent on the development sets");
                    List<CaseResult> before = dev.evaluate(parentModel);
                    standings[0] = standing(before, before);
                    standings[1] = standing(before, evaluate(adapter, dev, candidateEncoder, spaceEncoder, plain.head(), draft));
                    standings[2] = standing(before, evaluate(adapter, dev, candidateEncoder, spaceEncoder, distilled.head(), draft));
                    report(standings);
                    metrics.put("dev.intentAccuracy", round(standings[2].accuracy()));
                    metrics.put("update.negativeFlipRate", round(standings[2].negativeFlipRate()));
                    metrics.put("update.negativeFlipRate.withoutDistillation", round(standings[1].negativeFlipRate()));
                    metrics.put("update.intentAccuracy.withoutDistillation", round(standings[1].accuracy()));
                    metrics.put("update.parent.intentAccuracy", round(standings[0].accuracy()));
                }
                Map<String, byte[]> extra = transform == null ? Map.of()
                        : Map.of(EmbeddingTransform.FILE, transform.toBytes());
                steps.step("writing the package to " + out);
                ModelPackage pkg = PackageFolders.replace(out, tmp -> new IntentHeadPackages().write(tmp,
                        distilled.head(), info(o, pm, set, metrics), extra));
                progress.printf(Locale.ROOT, "done in %.1f s: %s (parent %s), manifest digest %s%n",
                        (System.nanoTime() - t0) / 1e9, pkg.manifest().coordinates(), pm.coordinates(), pkg.manifestDigest());
                return new Result(pkg, standings[0], standings[1], standings[2]);
            } finally {
                if (own != null) {
                    own.close();
                }
            }
        }
    }

    private void epoch(io.ambient.models.head.EpochProgress p) {
        if (p.epoch() == p.epochs() || p.epoch() % 10 == 0) {
            progress.printf(Locale.ROOT, "  epoch %d/%d  loss %.4f  validation accuracy %.4f%n", p.epoch(), p.epochs(),
                    p.loss(), p.validationAccuracy());
        }
    }

    /** The parent head's probabilities per training example, re-ordered to the new label list. */
    private static float[][] reference(OnnxRuntimeAdapter adapter, ModelPackage parent, TrainingData inParentSpace,
                                       List<String> labels) throws ModelPackageException {
        try (OnnxIntentHead head = new IntentHeadPackages().open(adapter, parent)) {
            float[][] p = head.probabilities(inParentSpace.embeddings());
            List<String> parentLabels = head.labels();
            int[] from = new int[labels.size()];
            for (int i = 0; i < from.length; i++) {
                from[i] = parentLabels.indexOf(labels.get(i));
            }
            float[][] out = new float[p.length][labels.size()];
            for (int n = 0; n < p.length; n++) {
                double sum = 0;
                for (int i = 0; i < from.length; i++) {
                    out[n][i] = from[i] < 0 ? 0f : p[n][from[i]];
                    sum += out[n][i];
                }
                for (int i = 0; i < from.length; i++) {
                    out[n][i] = sum > 0 ? (float) (out[n][i] / sum) : 1f / from.length;
                }
            }
            return out;
        }
    }

    /** @param spaceEncoder the embedding space's own encoder when {@code encoder} is transformed, else null */
    private static List<CaseResult> evaluate(OnnxRuntimeAdapter adapter, EvalSetRegression dev, SentenceEncoder encoder,
                                             SentenceEncoder spaceEncoder, TrainedHead head, HeadPackageInfo info) {
        IntentHeadPackages packages = new IntentHeadPackages();
        try (OnnxIntentHead onnx = OnnxIntentHead.load(adapter, packages.onnx(head, info), "candidate", head.labels())) {
            // The classifier borrows the encoder; only the head is closed here.
            return dev.evaluate(new OnnxIntentClassifier(encoder, spaceEncoder, onnx, packages.manifest(head, info)));
        }
    }

    static Standing standing(List<CaseResult> before, List<CaseResult> after) {
        Map<String, Boolean> now = new HashMap<>();
        after.forEach(r -> now.put(r.id(), r.correct()));
        int flips = 0;
        for (CaseResult b : before) {
            if (b.correct() && !now.getOrDefault(b.id(), false)) {
                flips++;
            }
        }
        long right = after.stream().filter(CaseResult::correct).count();
        int n = before.size();
        return new Standing(n == 0 ? 0 : right / (double) after.size(), n == 0 ? 0 : flips / (double) n, flips, n);
    }

    private void report(Standing[] s) {
        progress.printf(Locale.ROOT, "  parent:                    intent accuracy %.4f%n", s[0].accuracy());
        progress.printf(Locale.ROOT, "  new, without distillation: intent accuracy %.4f, negative flips %d/%d (%.2f%%)%n",
                s[1].accuracy(), s[1].negativeFlips(), s[1].cases(), 100 * s[1].negativeFlipRate());
        progress.printf(Locale.ROOT, "  new, with distillation:    intent accuracy %.4f, negative flips %d/%d (%.2f%%)%n",
                s[2].accuracy(), s[2].negativeFlips(), s[2].cases(), 100 * s[2].negativeFlipRate());
    }

    private static HeadPackageInfo info(IntentModelTraining.Options o, Manifest parent, TrainingSet set,
                                        Map<String, Double> metrics) {
        return new HeadPackageInfo(parent.id(), o.version(), parent.version(), o.encoder().id(),
                parent.embeddingSpaceId(), set.digest(), metrics, o.createdAt());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** The default version of an update: next major for a new encoder, next minor otherwise. */
    public static SemanticVersion nextVersion(Manifest parent, EncoderSpec encoder) {
        SemanticVersion v = parent.version();
        return encoder.id().equals(parent.encoder()) ? v.nextMinor() : new SemanticVersion(v.major() + 1, 0, 0);
    }
}
