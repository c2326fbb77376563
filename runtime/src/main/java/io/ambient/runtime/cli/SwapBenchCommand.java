package io.ambient.runtime.cli;

import io.ambient.models.intent.BuiltInIntentModel;
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
 * {@code ./ambient models bench-swap}: what a model update costs with N stored embeddings. Swapping to a package
 * that ships a transform (read and verify it, open it on ONNX Runtime, make it current, retire the old model)
 * does not touch the stored embeddings, so its time should stay flat as N grows. The alternative, re-embedding
 * every stored phrase with the new encoder, is timed for real up to {@code --reembed-up-to} phrases and
 * extrapolated linearly above (the output marks which).
 */
final class SwapBenchCommand {
    private static final int ROUNDS = 3;

    private SwapBenchCommand() {
    }

    static int run(Args args, PrintStream out) throws ModelPackageException {
        Path pkgDir = Path.of(args.option("package")
                .orElse(CommandLine.installDir().resolve("models/demo/intent-v2").toString()));
        int[] sizes = Arrays.stream(args.option("sizes").orElse("10000,25000,50000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(args.option("rounds").orElse(String.valueOf(ROUNDS)));
        int reembedUpTo = Integer.parseInt(args.option("reembed-up-to").orElse("25000"));
        List<String> sentences = new ArrayList<>();
        ParaphraseSet.builtIn().pairs().forEach(p -> {
            sentences.add(p.query());
            sentences.add(p.stored());
        });
        IntentModelLoader loader = new IntentModelLoader(null, 1, IntentModelLoader.Mode.BLENDED,
                UnderstandingFactory.MODEL_THRESHOLD);
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             SentenceEncoder minilm = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter);
             SentenceEncoder bge = OnnxSentenceEncoder.create(EncoderSpec.BGE_SMALL_EN_V15_Q, adapter)) {
            float[][] seeds = sentences.stream().map(s -> minilm.encode(s).vector()).toArray(float[][]::new);
            sentences.subList(0, 20).forEach(bge::encode); // warm-up
            ModelHandle<LoadedModel> serving = handle(loader.load(BuiltInIntentModel.read()));
            out.printf(Locale.ROOT, "%-9s %-15s %-13s %-15s %-24s %s%n", "stored", "index MiB", "swap ms p50",
                    "store touched", "first query ms", "re-embed all with " + EncoderSpec.BGE_SMALL_EN_V15_Q.id());
            for (int n : sizes) {
                serving = row(n, seeds, sentences, serving, new Setup(loader, pkgDir, rounds, bge, reembedUpTo), out);
            }
            serving.retire();
        }
        return 0;
    }

    private record Setup(IntentModelLoader loader, Path pkgDir, int rounds, SentenceEncoder bge, int reembedUpTo) { }

    /** One size: swaps {@code rounds} times over a store of n embeddings, then times re-embedding them. */
    private static ModelHandle<LoadedModel> row(int n, float[][] seeds, List<String> sentences,
                                                ModelHandle<LoadedModel> current, Setup setup, PrintStream out)
            throws ModelPackageException {
        float[][] store = store(seeds, n);
        long digest = digest(store);
        double[] swaps = new double[setup.rounds()];
        double query = 0;
        ModelHandle<LoadedModel> serving = current;
        for (int r = 0; r < setup.rounds(); r++) {
            long s0 = System.nanoTime();
            serving = swap(serving, setup.loader(), setup.pkgDir());
            swaps[r] = (System.nanoTime() - s0) / 1e6;
            long q0 = System.nanoTime();
            nearest(store, serving.model().classifier().encoder().encode(sentences.get(r)).vector());
            query = (System.nanoTime() - q0) / 1e6;
        }
        Arrays.sort(swaps);
        out.printf(Locale.ROOT, "%-9d %-15.1f %-13.0f %-15s %-24.1f %s%n", n, n * 384 * 4 / 1048576.0,
                swaps[setup.rounds() / 2], digest(store) == digest ? "no" : "YES", query,
                reembed(setup.bge(), sentences, n, setup.reembedUpTo()));
        return serving;
    }

    /** The serving model's replacement by the package in {@code dir}; the old one is retired (sessions closed). */
    private static ModelHandle<LoadedModel> swap(ModelHandle<LoadedModel> serving, IntentModelLoader loader, Path dir)
            throws ModelPackageException {
        ModelPackage pkg = new ModelPackageReader().read(dir);
        ModelHandle<LoadedModel> next = handle(loader.load(pkg));
        serving.retire();
        return next;
    }

    private static ModelHandle<LoadedModel> handle(LoadedModel model) {
        return new ModelHandle<>(model, model.stage().version(), model.resources());
    }

    /** Re-embeds n stored phrases for real while n is at most {@code upTo}; above, extrapolates the last rate. */
    private static String reembed(SentenceEncoder encoder, List<String> sentences, int n, int upTo) {
        if (n > upTo) {
            int sample = Math.min(n, 2000);
            double perPhrase = timeEncode(encoder, sentences, sample) / sample;
            return String.format(Locale.ROOT, "%.1f s (extrapolated from %d phrases: %.2f ms each)",
                    perPhrase * n / 1000, sample, perPhrase);
        }
        double ms = timeEncode(encoder, sentences, n);
        return String.format(Locale.ROOT, "%.1f s (measured: %.2f ms each)", ms / 1000, ms / n);
    }

    private static double timeEncode(SentenceEncoder encoder, List<String> sentences, int n) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            encoder.encode(sentences.get(i % sentences.size()));
        }
        return (System.nanoTime() - t0) / 1e6;
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

    /** A digest of every stored value, to show the swap left the store as it was. */
    private static long digest(float[][] store) {
        long h = 1;
        for (float[] v : store) {
            h = 31 * h + Arrays.hashCode(v);
        }
        return h;
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
