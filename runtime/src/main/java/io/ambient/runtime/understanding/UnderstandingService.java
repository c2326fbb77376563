package io.ambient.runtime.understanding;

import io.ambient.models.registry.ModelHandle;
import io.ambient.runtime.turn.UnderstandingSource;
import io.ambient.runtime.turn.UnderstandingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the understanding that serves turns. The rules serve from the first moment; a trained model is
 * loaded on a background thread (loading the encoder takes seconds on a hub) and replaces them atomically.
 * If loading fails the rules keep serving and health says why.
 *
 * <p>Each model is held in a reference-counted {@link ModelHandle}: a turn leases the current one
 * ({@link #acquire()}); {@link #swap} makes another current at once and retires the old one, whose native
 * sessions close when its last turn has returned its lease. No turn fails because of a swap.
 */
public final class UnderstandingService implements UnderstandingSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnderstandingService.class);

    private final String configured;
    private final AtomicReference<ModelHandle<LoadedModel>> current = new AtomicReference<>();
    private final AtomicReference<String> detail = new AtomicReference<>("ready");
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    /** Rules only: ready at once. */
    public UnderstandingService(UnderstandingStage rules) {
        this.configured = "rules";
        current.set(handle(new LoadedModel(Objects.requireNonNull(rules, "rules"), () -> { })));
        loaded.complete(null);
    }

    /** The rules serve until {@code loader} has loaded the trained model on {@code executor}. */
    public UnderstandingService(UnderstandingStage rules, Callable<LoadedModel> loader, Executor executor) {
        this.configured = "onnx";
        current.set(handle(new LoadedModel(Objects.requireNonNull(rules, "rules"), () -> { })));
        detail.set("loading");
        executor.execute(() -> load(loader));
    }

    private static ModelHandle<LoadedModel> handle(LoadedModel model) {
        return new ModelHandle<>(model, model.stage().version(), model.resources());
    }

    private void load(Callable<LoadedModel> loader) {
        long t0 = System.nanoTime();
        try {
            LoadedModel model = loader.call();
            swap(model);
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

    /**
     * Makes {@code model} serve the next turn. The previous model finishes the turns that hold it and is
     * closed after the last one.
     */
    public void swap(LoadedModel model) {
        ModelHandle<LoadedModel> old = current.getAndSet(handle(model));
        LOG.info("understanding swapped: {} -> {} ({} turns still on the old one)", old.version(),
                model.stage().version(), Math.max(0, old.references() - 1));
        old.retire();
    }

    @Override
    public Lease acquire() {
        while (true) {
            Optional<ModelHandle.Lease<LoadedModel>> lease = current.get().tryAcquire();
            if (lease.isPresent()) {
                ModelHandle.Lease<LoadedModel> held = lease.get();
                return new Lease() {
                    @Override
                    public UnderstandingStage stage() {
                        return held.model().stage();
                    }

                    @Override
                    public void close() {
                        held.close();
                    }
                };
            }
            // Retired between reading and leasing: the next read sees its successor.
        }
    }

    /** A lease on the whole serving model (its classifier too), e.g. to compare an update with it. */
    public ModelHandle.Lease<LoadedModel> acquireModel() {
        while (true) {
            Optional<ModelHandle.Lease<LoadedModel>> lease = current.get().tryAcquire();
            if (lease.isPresent()) {
                return lease.get();
            }
        }
    }

    @Override
    public UnderstandingStage get() {
        return current.get().model().stage();
    }

    public ModelStatus status() {
        String d = detail.get();
        return new ModelStatus(configured, get().version(), d.equals("ready"), d);
    }

    /** Completes when the configured model serves (exceptionally if it could not be loaded). */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    @Override
    public void close() {
        current.get().retire();
    }
}
