package io.ambient.models.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The one class that talks to ONNX Runtime. It loads graphs into {@link OnnxSession}s and converts between
 * plain Java arrays and native tensors, so no other class depends on {@code ai.onnxruntime}.
 *
 * <p>Sessions are sized for a 2-4 core hub: one intra-op thread by default (the hub runs ASR, MQTT and HTTP
 * next to inference, and a short command is too small to gain from more), one inter-op thread, sequential
 * execution, full graph optimisation. Thread-safe.
 */
public final class OnnxRuntimeAdapter implements AutoCloseable {

    /** One thread per run: short commands gain little from parallel kernels, and the hub has few cores. */
    public static final int DEFAULT_INTRA_OP_THREADS = 1;

    private static final int MAX_INTRA_OP_THREADS = 64;

    private final OrtEnvironment environment;
    private final int intraOpThreads;
    private final Set<OrtBackedSession> openSessions = ConcurrentHashMap.newKeySet();

    /** An adapter whose sessions use {@value #DEFAULT_INTRA_OP_THREADS} intra-op thread. */
    public OnnxRuntimeAdapter() {
        this(DEFAULT_INTRA_OP_THREADS);
    }

    /**
     * @param intraOpThreads threads ONNX Runtime may use inside one run, 1 to 64
     * @throws ModelLoadException the ONNX Runtime native library cannot be loaded on this platform
     */
    public OnnxRuntimeAdapter(int intraOpThreads) {
        if (intraOpThreads < 1 || intraOpThreads > MAX_INTRA_OP_THREADS) {
            throw new IllegalArgumentException(
                    "intraOpThreads must be 1.." + MAX_INTRA_OP_THREADS + ", was " + intraOpThreads);
        }
        this.intraOpThreads = intraOpThreads;
        this.environment = nativeEnvironment();
    }

    private static OrtEnvironment nativeEnvironment() {
        try {
            // A process-wide singleton owned by ONNX Runtime; every adapter shares it and none closes it.
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            EnvironmentPin.ensureHeld();
            return environment;
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException("onnxruntime", "the ONNX Runtime native library cannot be loaded", e);
        }
    }

    public int intraOpThreads() {
        return intraOpThreads;
    }

    /**
     * Loads a graph from bytes, for example a file taken out of a verified model package.
     *
     * @param model the serialised ONNX model
     * @param name  a label for messages and {@link OnnxSession#name()}
     * @throws ModelLoadException the bytes are empty or not a model ONNX Runtime can run
     */
    public OnnxSession load(byte[] model, String name) {
        if (model == null || model.length == 0) {
            throw new ModelLoadException(name, "the model is empty (0 bytes)");
        }
        return open(name, options -> environment.createSession(model, options));
    }

    /**
     * Loads a graph from a file.
     *
     * @throws ModelLoadException the file is missing, unreadable, or not a model ONNX Runtime can run
     */
    public OnnxSession loadFile(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(name, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new ModelLoadException(name, "the file is not readable");
        }
        return open(name, options -> environment.createSession(name, options));
    }

    /** Loads a graph from a classpath resource, resolved by this class's class loader. */
    public OnnxSession loadResource(String resource) {
        return loadResource(resource, OnnxRuntimeAdapter.class.getClassLoader());
    }

    /**
     * Loads a graph from a classpath resource such as {@code models/encoders/all-minilm-l6-v2-q.onnx}.
     *
     * @throws ModelLoadException the resource is not on the classpath, cannot be read, or is not a valid model
     */
    public OnnxSession loadResource(String resource, ClassLoader loader) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        return load(readResource(path, loader), "classpath:" + path);
    }

    /**
     * Reads a classpath resource fully. Public because model files travel with their companions (a tokenizer,
     * a manifest) and callers should report a missing companion the same way.
     */
    public static byte[] readResource(String path, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new ModelLoadException("classpath:" + path, "resource not found on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelLoadException("classpath:" + path, "resource cannot be read: " + e.getMessage(), e);
        }
    }

    /** Closes every session this adapter opened that is still open. */
    @Override
    public void close() {
        for (OrtBackedSession session : List.copyOf(openSessions)) {
            session.close();
        }
    }

    /** Whether the native environment is pinned for the life of the process (see {@link EnvironmentPin}). */
    public static boolean environmentPinned() {
        return EnvironmentPin.HELD;
    }

    /**
     * Keeps ONNX Runtime's native environment alive until the process ends.
     *
     * <p>Why: the Java binding frees the process-wide native environment from a JVM shutdown hook
     * ({@code OrtEnvironment$OrtEnvCloser}), and shutdown hooks run concurrently with every other thread. A turn,
     * a model load or a swap still inside ONNX Runtime when the JVM is asked to stop (SIGTERM, Ctrl-C, a
     * timeout, {@code System.exit}) then works on a freed environment and the process dies with SIGSEGV in
     * {@code libonnxruntime.so} (upstream: microsoft/onnxruntime#31352; our {@code OnnxShutdownTest} reproduces
     * it). The native environment is reference-counted: asking for it once more, and never giving that
     * reference back, turns the hook's release into a decrement. Nothing is lost: the process is ending and the
     * operating system reclaims the memory. The binding offers no public way to do this, so the one native
     * call is reached by reflection; if a later version changes it, the pin is skipped with a warning and the
     * runtime works as before.
     */
    private static final class EnvironmentPin {
        static final boolean HELD = pin();

        private EnvironmentPin() {
        }

        static void ensureHeld() {
            // Reading HELD runs pin() once, under the JVM's class-initialisation lock.
        }

        private static boolean pin() {
            try {
                Field api = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("ortApiHandle");
                api.setAccessible(true);
                Field handleField = OrtEnvironment.class.getDeclaredField("nativeHandle");
                handleField.setAccessible(true);
                Method create = OrtEnvironment.class.getDeclaredMethod("createHandle", long.class, int.class,
                        String.class);
                create.setAccessible(true);
                long apiHandle = api.getLong(null);
                long existing = handleField.getLong(OrtEnvironment.getEnvironment());
                long pinned = (long) create.invoke(null, apiHandle,
                        OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING.getValue(), "ambient");
                if (pinned != existing) {
                    // Not the shared singleton: this ONNX Runtime makes a second environment; give it back.
                    Method release = OrtEnvironment.class.getDeclaredMethod("close", long.class, long.class);
                    release.setAccessible(true);
                    release.invoke(null, apiHandle, pinned);
                    return warn("ONNX Runtime returned a second environment instead of a reference");
                }
                return true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
                return warn(String.valueOf(cause));
            }
        }

        private static boolean warn(String why) {
            System.getLogger(OnnxRuntimeAdapter.class.getName()).log(System.Logger.Level.WARNING,
                    "ONNX Runtime's environment is not pinned (" + why + "): stopping the JVM while a model runs "
                            + "may crash it natively");
            return false;
        }
    }

    @FunctionalInterface
    private interface SessionFactory {
        OrtSession create(OrtSession.SessionOptions options) throws OrtException;
    }

    private OnnxSession open(String name, SessionFactory factory) {
        try (OrtSession.SessionOptions options = sessionOptions()) {
            OrtSession session = factory.create(options);
            OrtBackedSession handle;
            try {
                handle = new OrtBackedSession(name, session, schemaOf(session));
            } catch (OrtException | RuntimeException e) {
                closeQuietly(session);
                throw e;
            }
            openSessions.add(handle);
            return handle;
        } catch (OrtException e) {
            throw new ModelLoadException(name, "ONNX Runtime rejected it (" + e.getMessage() + ")", e);
        }
    }

    private OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (intraOpThreads > 1) {
                // Idle pool threads would otherwise spin and steal CPU from ASR on a small hub.
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    private static ModelSchema schemaOf(OrtSession session) throws OrtException {
        return new ModelSchema(specs(session.getInputInfo()), specs(session.getOutputInfo()));
    }

    private static List<TensorSpec> specs(Map<String, NodeInfo> nodes) {
        List<TensorSpec> specs = new ArrayList<>(nodes.size());
        for (NodeInfo node : nodes.values()) {
            ValueInfo info = node.getInfo();
            if (info instanceof TensorInfo tensor) {
                specs.add(new TensorSpec(node.getName(), elementType(tensor.type), tensor.getShape()));
            } else {
                specs.add(new TensorSpec(node.getName(), ElementType.OTHER, new long[0]));
            }
        }
        return specs;
    }

    private static ElementType elementType(OnnxJavaType type) {
        return switch (type) {
            case FLOAT -> ElementType.FLOAT32;
            case DOUBLE -> ElementType.FLOAT64;
            case INT64 -> ElementType.INT64;
            case INT32 -> ElementType.INT32;
            case BOOL -> ElementType.BOOL;
            case STRING -> ElementType.STRING;
            default -> ElementType.OTHER;
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already failing with a more useful exception; a second failure while cleaning up adds nothing.
        }
    }

    /** The session handle. Runs share a read lock so that close (the write lock) waits for them. */
    private final class OrtBackedSession implements OnnxSession {

        private final String name;
        private final OrtSession session;
        private final ModelSchema schema;
        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private boolean closed;

        OrtBackedSession(String name, OrtSession session, ModelSchema schema) {
            this.name = name;
            this.session = session;
            this.schema = schema;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ModelSchema schema() {
            return schema;
        }

        @Override
        public Map<String, FloatTensor> run(Map<String, ? extends InputTensor> inputs,
                                            Collection<String> outputNames) {
            SessionChecks.requireInputs(name, schema, inputs);
            SessionChecks.requireOutputs(name, schema, outputNames);
            lock.readLock().lock();
            try {
                if (closed) {
                    throw new IllegalStateException("session '" + name + "' is closed");
                }
                return runOpen(inputs, outputNames);
            } finally {
                lock.readLock().unlock();
            }
        }

        private Map<String, FloatTensor> runOpen(Map<String, ? extends InputTensor> inputs,
                                                 Collection<String> outputNames) {
            Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
            try {
                for (Map.Entry<String, ? extends InputTensor> input : inputs.entrySet()) {
                    tensors.put(input.getKey(), toNative(input.getValue()));
                }
                try (OrtSession.Result result = session.run(tensors, new LinkedHashSet<>(outputNames))) {
                    Map<String, FloatTensor> outputs = new LinkedHashMap<>();
                    for (String output : outputNames) {
                        outputs.put(output, toFloatTensor(output, result.get(output).orElse(null)));
                    }
                    return Collections.unmodifiableMap(outputs);
                }
            } catch (OrtException e) {
                throw new InferenceException(name, e.getMessage(), e);
            } finally {
                tensors.values().forEach(OnnxTensor::close);
            }
        }

        private OnnxTensor toNative(InputTensor input) throws OrtException {
            if (input instanceof InputTensor.Int64 longs) {
                return OnnxTensor.createTensor(environment, LongBuffer.wrap(longs.data()), longs.shape());
            }
            InputTensor.Float32 floats = (InputTensor.Float32) input;
            return OnnxTensor.createTensor(environment, FloatBuffer.wrap(floats.data()), floats.shape());
        }

        private FloatTensor toFloatTensor(String output, OnnxValue value) {
            if (!(value instanceof OnnxTensor tensor)
                    || tensor.getInfo().type != OnnxJavaType.FLOAT) {
                throw new InferenceException(name, "output '" + output + "' is not a float tensor: "
                        + (value == null ? "missing" : value.getInfo()));
            }
            FloatBuffer buffer = tensor.getFloatBuffer();
            float[] data = new float[buffer.remaining()];
            buffer.get(data);
            long[] shape = tensor.getInfo().getShape();
            if (Arrays.stream(shape).anyMatch(d -> d < 0)) {
                throw new InferenceException(name, "output '" + output + "' has no concrete shape");
            }
            return new FloatTensor(data, shape);
        }

        @Override
        public boolean isOpen() {
            lock.readLock().lock();
            try {
                return !closed;
            } finally {
                lock.readLock().unlock();
            }
        }

        @Override
        public void close() {
            lock.writeLock().lock();
            try {
                if (closed) {
                    return;
                }
                closed = true;
                openSessions.remove(this);
                closeQuietly(session);
            } finally {
                lock.writeLock().unlock();
            }
        }

        @Override
        public String toString() {
            return "OnnxSession[" + name + "]";
        }
    }
}
