package io.ambient.devices.it;

import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.devices.mqtt.PahoMqttTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An external broker the way a careful home runs one: Mosquitto with TLS (a CA made for the test by openssl)
 * and a password file. The client connects with the CA file and credentials, and refuses or is refused
 * without them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MosquittoTlsAuthTest {
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final Path PASSWD = Path.of("/usr/bin/mosquitto_passwd");
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private Path dir;
    private int port;
    private Process mosquitto;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(MosquittoTestBroker.available() && Files.isExecutable(OPENSSL) && Files.isExecutable(PASSWD),
                "needs mosquitto, mosquitto_passwd and openssl (Debian packages mosquitto, openssl)");
        dir = Files.createTempDirectory("ambient-tls");
        run(OPENSSL.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                "ca.pem", "-days", "2", "-subj", "/CN=ambient-test-ca");
        run(OPENSSL.toString(), "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
                "server.csr", "-subj", "/CN=localhost");
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        run(OPENSSL.toString(), "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf");
        Files.writeString(dir.resolve("passwd"), "");
        run(PASSWD.toString(), "-b", "passwd", "ambient", "s3cret");
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
                "listener " + port + " 127.0.0.1",
                "cafile " + dir.resolve("ca.pem"),
                "certfile " + dir.resolve("server.pem"),
                "keyfile " + dir.resolve("server.key"),
                "allow_anonymous false",
                "password_file " + dir.resolve("passwd"),
                "persistence false", ""));
        // Mosquitto started as root drops to its own user, which must be able to read these files.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        mosquitto = new ProcessBuilder(MosquittoTestBroker.BINARY.toString(), "-c", dir.resolve("mosquitto.conf")
                .toString()).redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        awaitListening();
    }

    @AfterAll
    void stop() throws Exception {
        if (mosquitto != null) {
            mosquitto.destroy();
            mosquitto.waitFor(5, TimeUnit.SECONDS);
        }
        scheduler.shutdownNow();
    }

    @Test
    void connect_tlsWithCaFileAndCredentials_publishesAndReceives() throws Exception {
        try (PahoMqttTransport client = client("ambient", "s3cret", dir.resolve("ca.pem"))) {
            client.connect().get(10, TimeUnit.SECONDS);
            CompletableFuture<byte[]> received = new CompletableFuture<>();
            client.subscribe("ambient/test/tls", (topic, payload, retained) -> received.complete(payload));
            Thread.sleep(200);

            client.publish("ambient/test/tls", "hello".getBytes(StandardCharsets.UTF_8), MqttTransport.AT_LEAST_ONCE,
                    false).get(5, TimeUnit.SECONDS);

            assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), received.get(5, TimeUnit.SECONDS));
            assertTrue(client.isConnected());
        }
    }

    @Test
    void connect_wrongPassword_isNotConnected() {
        try (PahoMqttTransport client = client("ambient", "wrong", dir.resolve("ca.pem"))) {
            assertThrows(Exception.class, () -> client.connect().get(3, TimeUnit.SECONDS));
            assertFalse(client.isConnected());
        }
    }

    @Test
    void connect_brokerCertificateNotTrusted_isNotConnected() {
        // Without the CA file the JVM trust store is used, which does not know the test CA.
        try (PahoMqttTransport client = client("ambient", "s3cret", null)) {
            assertThrows(Exception.class, () -> client.connect().get(3, TimeUnit.SECONDS));
            assertFalse(client.isConnected());
        }
    }

    private PahoMqttTransport client(String user, String password, Path ca) {
        MqttSettings settings = new MqttSettings("127.0.0.1", port, "tls-test-" + System.nanoTime(), user, password,
                true, ca, Duration.ofSeconds(3), null);
        return new PahoMqttTransport(settings, scheduler);
    }

    private void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private void awaitListening() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                assertTrue(mosquitto.isAlive(), "mosquitto exited; see " + dir.resolve("mosquitto.log"));
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto did not listen on " + port);
    }
}
