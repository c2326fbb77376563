package io.ambient.runtime.audio;

import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.VoskModelFiles;
import io.ambient.runtime.config.SpeechConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the speech recogniser. The Vosk model loads on a background thread (the hub answers typed turns
 * meanwhile); until it serves, audio is refused with a clear message. Disabled by configuration it never loads
 * (and costs no memory).
 */
public final class SpeechService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpeechService.class);

    /** What health reports. */
    public record Status(boolean enabled, boolean ready, String mode, String detail) { }

    private final boolean enabled;
    private final SpeechRecognizer.Mode mode;
    private final AtomicReference<VoskEngine> engine = new AtomicReference<>();
    private final AtomicReference<SpeechRecognizer> recognizer = new AtomicReference<>();
    private final AtomicReference<String> detail = new AtomicReference<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    public SpeechService(SpeechConfiguration config, Executor loader) {
        this.enabled = config.enabled();
        this.mode = SpeechRecognizer.Mode.parse(config.mode());
        if (!enabled) {
            detail.set("disabled by ambient.speech.enabled");
            loaded.completeExceptionally(new IllegalStateException("speech is disabled"));
            return;
        }
        detail.set("loading");
        loader.execute(() -> load(config));
    }

    private void load(SpeechConfiguration config) {
        long t0 = System.nanoTime();
        try {
            Path folder = config.modelDir() != null ? Path.of(config.modelDir())
                    : VoskModelFiles.bundled(Path.of(config.cacheDir() != null ? config.cacheDir()
                    : System.getProperty("java.io.tmpdir")));
            VoskEngine e = VoskEngine.load(folder, new VoskEngine.Options(config.nativeLogLevel(),
                    VoskEngine.Options.DEFAULT.idleRecognizers()));
            engine.set(e);
            recognizer.set(new SpeechRecognizer(e, mode));
            detail.set("ready");
            LOG.info("speech recognition serving ({} mode, model {}, loaded in {} ms)", mode, folder,
                    (System.nanoTime() - t0) / 1_000_000);
            loaded.complete(null);
        } catch (Exception | LinkageError e) {
            // Typed turns keep working; audio is refused and health names the fault.
            detail.set("failed: " + e.getMessage());
            LOG.error("could not load the speech model; audio turns are refused", e);
            loaded.completeExceptionally(e);
        }
    }

    /** The recogniser, once loaded. */
    public Optional<SpeechRecognizer> recognizer() {
        return Optional.ofNullable(recognizer.get());
    }

    /** The loaded engine (for the speech bench, which compares biasing modes on it). */
    public Optional<VoskEngine> engine() {
        return Optional.ofNullable(engine.get());
    }

    /** Why there is no recogniser (for error messages): loading, disabled, or the load's failure. */
    public String unavailableReason() {
        return "speech recognition is not available: " + detail.get();
    }

    public Status status() {
        return new Status(enabled, recognizer.get() != null, mode.wire(), detail.get());
    }

    /** Completes when the recogniser serves (exceptionally when disabled or failed). */
    public CompletableFuture<Void> loaded() {
        return loaded;
    }

    @Override
    public void close() {
        recognizer.set(null);
        VoskEngine e = engine.getAndSet(null);
        if (e != null) {
            e.close();
        }
    }
}
