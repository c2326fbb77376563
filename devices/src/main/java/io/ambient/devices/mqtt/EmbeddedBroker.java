package io.ambient.devices.mqtt;

import com.hivemq.embedded.EmbeddedHiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An MQTT broker (HiveMQ CE) inside this JVM, listening on 127.0.0.1 only, so one command runs the whole hub.
 * The only class that imports HiveMQ.
 *
 * <p>Persistence is in memory: a restart forgets retained messages and sessions, which is why discovery
 * announces {@code homeassistant/status online} after every reconnect and devices re-announce themselves.
 * The broker can be stopped and started again; it then listens on the same port.
 *
 * <p>HiveMQ logs through SLF4J (its own logging bootstrap is switched off so it cannot replace the
 * application's configuration); set logger {@code com.hivemq} to WARN to quieten it.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path workDir;
    private final boolean ownsWorkDir;
    private final int requestedPort;
    private int port;
    private EmbeddedHiveMQ hivemq;

    /**
     * @param workDir folder for HiveMQ's conf, data and extensions folders; null for a new temporary folder
     * @param port    TCP port on 127.0.0.1; 0 chooses a free port, reported by {@link #port()} after start
     */
    public EmbeddedBroker(Path workDir, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("broker port must be 0-65535, was " + port);
        }
        this.requestedPort = port;
        this.ownsWorkDir = workDir == null;
        try {
            this.workDir = workDir != null ? workDir : Files.createTempDirectory("ambient-broker");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the embedded broker", e);
        }
    }

    /** Starts the broker and waits until it accepts connections; a no-op if it runs already. */
    public synchronized void start() {
        if (hivemq != null) {
            return;
        }
        quietenHiveMqLogging();
        if (port == 0) {
            // HiveMQ does not report a port it picked itself, so we pick one and keep it for restarts
            port = requestedPort != 0 ? requestedPort : freePort();
        }
        EmbeddedHiveMQ broker = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(folder("conf", configXml(port)))
                .withDataFolder(folder("data", null))
                .withExtensionsFolder(folder("extensions", null))
                .withoutLoggingBootstrap()
                .build();
        try {
            broker.start().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(broker);
            throw new BrokerException("interrupted while starting the embedded broker", e);
        } catch (ExecutionException | TimeoutException e) {
            closeQuietly(broker);
            throw new BrokerException("embedded broker did not start on 127.0.0.1:" + port + ": " + rootMessage(e), e);
        }
        hivemq = broker;
        LOG.info("embedded MQTT broker listening on 127.0.0.1:{}", port);
    }

    /** Stops the broker; clients lose their connections. A no-op if stopped. */
    public synchronized void stop() {
        if (hivemq == null) {
            return;
        }
        EmbeddedHiveMQ broker = hivemq;
        hivemq = null;
        closeQuietly(broker);
        LOG.info("embedded MQTT broker on 127.0.0.1:{} stopped", port);
    }

    /** The port it listens on (after the first start when constructed with 0). */
    public synchronized int port() {
        if (port == 0) {
            throw new IllegalStateException("the broker chooses its port at start(); start it first");
        }
        return port;
    }

    public synchronized boolean isRunning() {
        return hivemq != null;
    }

    /** Stops the broker and deletes its folder if this broker created it. */
    @Override
    public void close() {
        stop();
        if (ownsWorkDir) {
            try (java.util.stream.Stream<Path> files = Files.walk(workDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.debug("could not delete {}: {}", workDir, e.getMessage());
            }
        }
    }

    /**
     * HiveMQ logs its start-up banner and every listener at INFO. When Logback is the SLF4J binding and nobody
     * configured {@code com.hivemq}, lower it to WARN; done reflectively so this module needs no Logback.
     */
    private static void quietenHiveMqLogging() {
        try {
            Object logger = LoggerFactory.getILoggerFactory().getLogger("com.hivemq");
            if (!logger.getClass().getName().equals("ch.qos.logback.classic.Logger")
                    || logger.getClass().getMethod("getLevel").invoke(logger) != null) {
                return;
            }
            Class<?> level = Class.forName("ch.qos.logback.classic.Level", true, logger.getClass().getClassLoader());
            logger.getClass().getMethod("setLevel", level).invoke(logger, level.getField("WARN").get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("could not quieten HiveMQ logging: {}", e.getMessage());
        }
    }

    private Path folder(String name, String configXml) {
        try {
            Path dir = Files.createDirectories(workDir.resolve(name));
            if (configXml != null) {
                Files.writeString(dir.resolve("config.xml"), configXml);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker folder " + workDir.resolve(name), e);
        }
    }

    private static String configXml(int port) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>127.0.0.1</bind-address>
                        </tcp-listener>
                    </listeners>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new BrokerException("no free port on 127.0.0.1 for the embedded broker", e);
        }
    }

    private static void closeQuietly(EmbeddedHiveMQ broker) {
        try {
            broker.stop().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            broker.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn("embedded broker did not stop cleanly: {}", rootMessage(e));
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The embedded broker could not start (port taken, bad folder, HiveMQ failure). */
    public static final class BrokerException extends RuntimeException {
        public BrokerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
