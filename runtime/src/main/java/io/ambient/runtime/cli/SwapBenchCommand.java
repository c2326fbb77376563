package io.ambient.runtime.cli;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.registry.ModelHandle;
import io.ambient.models.registry.ParaphraseSet;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.runtime.understanding.LoadedModel;
import io.ambient.runtime.wiring.IntentModelLoader;
import io.ambient.runtime.wiring.UnderstandingFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code ./ambient models bench-swap}: what a model update costs with N stored embeddings. Swapping to a
 * package that ships a transform (verify, open, swap in) does not touch the store, so its time should stay
 * flat as N grows; the alternative, re-embedding every stored phrase with the new encoder, grows linearly.
 * The re-embedding series is extrapolated from timing a sample of sentences (said so in the output), since
 * actually re-embedding 100,000 phrases would take minutes per point.
 */
final class SwapBenchCommand {
    private SwapBenchCommand() {
    }

    static int run(Args args, PrintStream out) throws ModelPackageException {
        Path pkgDir = Path.of(args.option("package").orElse(CommandLine.installDir().resolve("models/demo/intent-v2").toString()));
        int[] sizes = Arrays.stream(args.option("sizes").orElse("10000,25000,50000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(args.option("rounds").orElse("3"));
        List<String> sentences = new ArrayList<>();
        ParaphraseSet.builtIn().pairs().forEach(p -> {
            sentences.add(p.query());
            sentences.add(p.stored());
        });
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             SentenceEncoder minilm = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter);
             SentenceEncoder bge = OnnxSentenceEncoder.create(EncoderSpec.BGE_SMALL_EN_V15_Q, adapter)) {
            float[][] seeds = sentences.stream().map(s -> minilm.encode(s).vector()).toArray(float[][]::new);
            for (String s : sentences.subList(0, 20)) {
                bge.encode(s); // warm-up
            }
            long t0 = System.nanoTime();
            for (String s : sentences) {
                bge.encode(s);
            }
            double perSentenceMs = (System.nanoTime() - t0) / 1e6 / sentences.size();
            out.printf(Locale.ROOT, "re-embedding baseline: %.2f ms per phrase with %s (measured on %d phrases, "
                    + "extrapolated linearly below)%n", perSentenceMs, EncoderSpec.BGE_SMALL_EN_V15_Q.id(), sentences.size());
            IntentModelLoader loader = new IntentModelLoader(null, 1, IntentModelLoader.Mode.BLENDED,
                    UnderstandingFactory.MODEL_THRESHOLD);
            out.printf(Locale.ROOT, "%-10s %-22s %-24s %-24s%n", "stored", "swap to v2 (median ms)",
                    "first query over store ms", "re-embed all (est. s)");
            for (int n : sizes) {
                float[][] store = store(seeds, n);
                double[] swaps = new double[rounds];
                double query = 0;
                for (int r = 0; r < rounds; r++) {
                    long s0 = System.nanoTime();
                    ModelPackage pkg = new ModelPackageReader().read(pkgDir);
                    LoadedModel model = loader.load(pkg);
                    ModelHandle<LoadedModel> handle = new ModelHandle<>(model, pkg.manifest().version().toString(),
                            model.resources());
                    swaps[r] = (System.nanoTime() - s0) / 1e6;
                    long q0 = System.nanoTime();
                    float[] v = model.classifier().encoder().encode(sentences.get(r)).vector();
                    nearest(store, v);
                    query = (System.nanoTime() - q0) / 1e6;
                    handle.retire();
                }
                Arrays.sort(swaps);
                out.printf(Locale.ROOT, "%-10d %-22.1f %-24.1f %-24.1f%n", n, swaps[rounds / 2], query,
                        perSentenceMs * n / 1000);
            }
        }
        return 0;
    }

    /** n stored vectors: the real embeddings, repeated with small noise and re-normalised. */
    private static float[][] store(float[][] seeds, int n) {
        SplittableRandom random = new SplittableRandom(11);
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            float[] v = seeds[i % seeds.length].clone();
            double norm = 0;
            for (int j = 0; j < v.length; j++) {
                v[j] += (float) (random.nextGaussian() * 0.01);
                norm += v[j] * v[j];
            }
            for (int j = 0; j < v.length; j++) {
                v[j] /= (float) Math.sqrt(norm);
            }
            out[i] = v;
        }
        return out;
    }

    private static int nearest(float[][] store, float[] q) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < store.length; i++) {
            double s = 0;
            for (int j = 0; j < q.length; j++) {
                s += store[i][j] * q[j];
            }
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }
}
