package io.ambient.runtime.understanding;

import io.ambient.runtime.turn.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Holds the understanding that serves turns. The rules serve from the first moment; a trained model is
 * loaded on a background thread (loading the encoder takes seconds on a hub) and replaces them atomically.
 * If loading fails the rules keep serving and health says why.
 */
public final class UnderstandingService implements Supplier<UnderstandingStage>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnderstandingService.class);

    private final String configured;
    private final AtomicReference<UnderstandingStage> current;
    private final AtomicReference<String> detail = new AtomicReference<>("ready");
    private final AtomicReference<AutoCloseable> resources = new AtomicReference<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    /** Rules only: ready at once. */
    public UnderstandingService(UnderstandingStage rules) {
        this.configured = "rules";
        this.current = new AtomicReference<>(Objects.requireNonNull(rules, "rules"));
        loaded.complete(null);
    }

    /** The rules serve until {@code loader} has loaded the trained model on {@code executor}. */
    public UnderstandingService(UnderstandingStage rules, Callable<LoadedModel> loader, Executor executor) {
        this.configured = "onnx";
        this.current = new AtomicReference<>(Objects.requireNonNull(rules, "rules"));
        detail.set("loading");
        executor.execute(() -> load(loader));
    }

    private void load(Callable<LoadedModel> loader) {
        long t0 = System.nanoTime();
        try {
            LoadedModel model = loader.call();
            resources.set(model.resources());
            current.set(model.stage());
            detail.set("ready");
            LOG.info("understanding model {} serving (loaded in {} ms)", model.stage().version(),
                    (System.nanoTime() - t0) / 1_000_000);
            loaded.complete(null);
        } catch (Exception | LinkageError e) {
            // The hub stays useful: the rules keep serving, and health names the fault.
            detail.set("failed: " + e.getMessage());
            LOG.error("could not load the understanding model; the rules keep serving", e);
            loaded.completeExceptionally(e);
        }
    }

    @Override
    public UnderstandingStage get() {
        return current.get();
    }

    public ModelStatus status() {
        String d = detail.get();
        return new ModelStatus(configured, current.get().version(), d.equals("ready"), d);
    }

    /** Completes when the configured model serves (exceptionally if it could not be loaded). */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    @Override
    public void close() throws Exception {
        AutoCloseable r = resources.getAndSet(null);
        if (r != null) {
            r.close();
        }
    }
}
