package io.ambient.models.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A serving model with a reference count. The registry holds one reference while the model is current; each
 * turn holds one through a {@link Lease}. {@link #retire()} drops the registry's reference, and the model's
 * resources (native ONNX sessions) are closed when the last lease is returned, never while a turn uses them.
 * Once the count reaches zero no new lease is granted, so a caller racing a swap simply asks the new current
 * model. Thread-safe.
 *
 * @param <T> what turns use (e.g. the understanding stage built on the model)
 */
public final class ModelHandle<T> {
    private final T model;
    private final String version;
    private final AutoCloseable resources;
    private final AtomicInteger references = new AtomicInteger(1);
    private final AtomicBoolean retired = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ModelHandle(T model, String version, AutoCloseable resources) {
        this.model = Objects.requireNonNull(model, "model");
        this.version = Objects.requireNonNull(version, "version");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    public String version() {
        return version;
    }

    /** The model without a lease: for reading its description only, never for running it. */
    public T model() {
        return model;
    }

    /** A lease on the model, or empty if it has already been retired and drained. */
    public Optional<Lease<T>> tryAcquire() {
        while (true) {
            int n = references.get();
            if (n == 0) {
                return Optional.empty();
            }
            if (references.compareAndSet(n, n + 1)) {
                return Optional.of(new Lease<>(this));
            }
        }
    }

    /** Drops the owner's reference (once); the resources close when the last lease is returned. */
    public void retire() {
        if (retired.compareAndSet(false, true)) {
            release();
        }
    }

    /** Leases still out (plus one while not retired). */
    public int references() {
        return references.get();
    }

    public boolean isClosed() {
        return closed.get();
    }

    private void release() {
        if (references.decrementAndGet() == 0 && closed.compareAndSet(false, true)) {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing model " + version + " failed", e);
            }
        }
    }

    /** One user's hold on a model; closing it (once) returns the reference. */
    public static final class Lease<T> implements AutoCloseable {
        private final ModelHandle<T> handle;
        private final AtomicBoolean returned = new AtomicBoolean();

        private Lease(ModelHandle<T> handle) {
            this.handle = handle;
        }

        public T model() {
            return handle.model;
        }

        public String version() {
            return handle.version;
        }

        @Override
        public void close() {
            if (returned.compareAndSet(false, true)) {
                handle.release();
            }
        }
    }
}
