package io.ambient.runtime.audio;

import io.ambient.models.asr.SpeechRecognizer;
import io.ambient.models.asr.VoskEngine;
import io.ambient.models.asr.VoskModelFiles;
import io.ambient.runtime.config.SpeechConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the speech recogniser. The Vosk model loads on a background thread (the hub answers typed turns
 * meanwhile): at start-up by default, or with {@code ambient.speech.load: first-audio} when the first audio turn
 * asks for it (a hub that rarely hears speech then keeps the model's ~130 MiB until it does; that first turn waits
 * for the load). An audio turn waits up to {@link #LOAD_WAIT} for a load in progress, then is refused with a clear
 * message. Disabled by configuration it never loads (and costs no memory).
 */
public final class SpeechService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpeechService.class);

    /** What health reports; {@code up} unless the model is loading or failed to load. */
    public record Status(boolean enabled, boolean ready, String mode, String detail, boolean up) { }

    /** How long an audio turn waits for the model to finish loading. */
    static final Duration LOAD_WAIT = Duration.ofSeconds(30);

    private static final String STARTUP = "startup";
    private static final String FIRST_AUDIO = "first-audio";
    private static final String WAITING = "not loaded yet: loads on the first audio turn (ambient.speech.load=first-audio)";

    private final boolean enabled;
    private final SpeechRecognizer.Mode mode;
    private final AtomicReference<VoskEngine> engine = new AtomicReference<>();
    private final AtomicReference<SpeechRecognizer> recognizer = new AtomicReference<>();
    private final AtomicReference<String> detail = new AtomicReference<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final SpeechConfiguration config;
    private final Executor loader;

    public SpeechService(SpeechConfiguration config, Executor loader) {
        this.enabled = config.enabled();
        this.mode = SpeechRecognizer.Mode.parse(config.mode());
        this.config = config;
        this.loader = loader;
        if (!STARTUP.equals(config.load()) && !FIRST_AUDIO.equals(config.load())) {
            throw new IllegalArgumentException("ambient.speech.load must be startup or first-audio, was " + config.load());
        }
        if (!enabled) {
            detail.set("disabled by ambient.speech.enabled");
            loaded.completeExceptionally(new IllegalStateException("speech is disabled"));
            return;
        }
        if (STARTUP.equals(config.load())) {
            startLoading();
        } else {
            detail.set(WAITING);
        }
    }

    private void startLoading() {
        if (started.compareAndSet(false, true)) {
            detail.set("loading");
            loader.execute(() -> load(config));
        }
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

    /**
     * The recogniser for an audio turn: starts the load if it waits for the first audio turn, and waits up to
     * {@link #LOAD_WAIT} for a load in progress. Empty when disabled, failed, or still loading after that.
     */
    public Optional<SpeechRecognizer> recognizerForAudio() {
        if (!enabled) {
            return Optional.empty();
        }
        if (!started.get()) {
            LOG.info("the first audio turn loads the speech model (ambient.speech.load=first-audio)");
            startLoading();
        }
        try {
            loaded.get(LOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // failed or still loading: the caller refuses the turn with unavailableReason()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return recognizer();
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
        String d = detail.get();
        boolean ready = recognizer.get() != null;
        return new Status(enabled, ready, mode.wire(), d, !enabled || ready || WAITING.equals(d));
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
