package io.ambient.runtime.training;

import io.ambient.context.training.LabeledSentence;
import io.ambient.context.training.ParaphraseGroups;
import io.ambient.context.training.SentenceMasker;
import io.ambient.context.training.TrainingExample;
import io.ambient.context.training.TrainingSet;
import io.ambient.models.registry.ParaphraseSet;
import io.ambient.models.registry.RetrievalCheck;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.models.transform.EmbeddingTransform;
import io.ambient.models.transform.LeastSquaresFit;
import io.ambient.models.transform.ParaphraseAlignment;
import io.ambient.models.transform.TransformedEncoder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the transform that carries a new encoder's vectors into the parent's embedding space (issue 6): a
 * least-squares fit, refined for retrieval on paraphrase groups of the generated sentences
 * ({@link ParaphraseAlignment}). It is fitted on the masked training examples (what the head reads) and on a
 * sample of the raw sentences (what stored phrases and rewrites look like). The gate's paraphrase set is only
 * reported here, before and after the refinement, never trained or tuned on.
 */
final class TransformTraining {
    /** Raw sentences added to the fit, at most; they cost an encoding with both encoders each. */
    static final int RAW_SAMPLE = 6000;

    /** The transform and the masked examples mapped through it (the head's training input). */
    record Result(EmbeddingTransform transform, float[][] mappedExamples) { }

    private final IntentModelTraining steps;
    private final PrintStream progress;

    TransformTraining(IntentModelTraining steps, PrintStream progress) {
        this.steps = steps;
        this.progress = progress;
    }

    /**
     * @param examplesOld the masked examples embedded by the parent's encoder, in {@code set}'s order
     */
    Result run(TrainingSet set, List<LabeledSentence> raw, SentenceMasker masker, float[][] examplesOld,
               SentenceEncoder parentEncoder, SentenceEncoder own, String parentSpace, double ridge,
               ParaphraseAlignment.Options alignment) {
        ParaphraseGroups groups = new ParaphraseGroups();
        List<TrainingExample> examples = set.examples();
        examples.forEach(groups::addMasked);
        List<String> rawTexts = new ArrayList<>();
        int stride = Math.max(1, raw.size() / RAW_SAMPLE);
        for (int i = 0; i < raw.size(); i += stride) {
            LabeledSentence s = raw.get(i);
            rawTexts.add(s.text());
            groups.addRaw(s, masker.mask(s));
        }
        float[][] examplesNew = steps.encodeTexts(examples.stream().map(TrainingExample::masked).toList(), own, "examples");
        float[][] rawOld = steps.encodeTexts(rawTexts, parentEncoder, "raw sentences");
        float[][] rawNew = steps.encodeTexts(rawTexts, own, "raw sentences");
        float[][] x = concat(examplesNew, rawNew);
        float[][] y = concat(examplesOld, rawOld);

        steps.step("fitting the transform " + own.spaceId() + " -> " + parentSpace + " (least squares, ridge " + ridge
                + ", " + x.length + " sentences)");
        EmbeddingTransform fitted = new LeastSquaresFit(ridge).fit(x, y, own.spaceId(), parentSpace);
        ParaphraseSet gateSet = ParaphraseSet.builtIn();
        double oldVsOld = RetrievalCheck.accuracy(gateSet, RetrievalCheck.index(gateSet, parentEncoder), parentEncoder);
        report("least squares", fitted, own, parentEncoder, gateSet, oldVsOld);

        EmbeddingTransform transform = fitted;
        if (alignment.epochs() > 0) {
            steps.step("refining it for paraphrase retrieval (" + groups.groupCount() + " groups, " + alignment.epochs()
                    + " epochs, temperature " + alignment.temperature() + ", fidelity weight "
                    + alignment.fidelityWeight() + ")");
            ParaphraseAlignment.Result refined = new ParaphraseAlignment(alignment).refine(fitted, x, y,
                    groups.groups(), e -> progress.printf(Locale.ROOT,
                            "  epoch %d/%d  loss %.4f  held-out paraphrase retrieval %.4f%n",
                            e.epoch(), e.epochs(), e.loss(), e.heldOutRetrieval()));
            progress.printf(Locale.ROOT, "  kept epoch %d (held-out retrieval %.4f, least squares %.4f)%n",
                    refined.epoch(), refined.heldOutRetrieval(), refined.startRetrieval());
            transform = refined.transform();
            report("refined", transform, own, parentEncoder, gateSet, oldVsOld);
        }
        float[][] mapped = new float[examplesNew.length][];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = transform.apply(examplesNew[i]);
        }
        progress.printf(Locale.ROOT, "  mean cosine to the parent's embeddings: %.4f%n", meanCosine(mapped, examplesOld));
        return new Result(transform, mapped);
    }

    private void report(String what, EmbeddingTransform transform, SentenceEncoder own, SentenceEncoder parentEncoder,
                        ParaphraseSet gateSet, double oldVsOld) {
        TransformedEncoder mapped = new TransformedEncoder(own, transform);
        double newVsOld = RetrievalCheck.accuracy(gateSet, RetrievalCheck.index(gateSet, parentEncoder), mapped);
        progress.printf(Locale.ROOT, "  %s: gate paraphrase retrieval new-vs-old %.4f, old-vs-old %.4f (%s)%n", what,
                newVsOld, oldVsOld, newVsOld >= oldVsOld ? "meets the gate" : "below the gate");
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] out = new float[a.length + b.length][];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static double meanCosine(float[][] a, float[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int j = 0; j < a[i].length; j++) {
                dot += a[i][j] * b[i][j];
                na += a[i][j] * a[i][j];
                nb += b[i][j] * b[i][j];
            }
            sum += dot / Math.sqrt(na * nb);
        }
        return sum / a.length;
    }
}
