package io.ambient.runtime.it;

import io.ambient.devices.mqtt.EmbeddedBroker;
import io.ambient.devices.mqtt.MqttSettings;
import io.ambient.devices.mqtt.PahoMqttTransport;
import io.ambient.models.delivery.DeliveryOffer;
import io.ambient.models.delivery.DeliveryTopics;
import io.ambient.models.delivery.PackagePublisher;
import io.ambient.models.delivery.PackageReceiver;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelKind;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.pkg.ModelPackageWriter;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.pkg.Sha256;
import io.ambient.models.pkg.TensorSchema;
import io.ambient.runtime.update.MqttMessageChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery over a real broker (embedded HiveMQ), cut short: the hub goes away after half the chunks, comes back
 * with a fresh receiver over the same staging directory, gets the retained offer again, asks only for the
 * chunks its disk lacks, and assembles a package identical to the one sent.
 */
class ResumableDeliveryTest {
    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        scheduler.shutdownNow();
    }

    @Test
    void deliveryCutShort_resumesFromDisk_andAsksOnlyForTheMissingChunks() throws Exception {
        EmbeddedBroker broker = new EmbeddedBroker(dir.resolve("broker"), RuntimeHarness.freePort());
        broker.start();
        open.add(broker);
        ModelPackage pkg = samplePackage();
        PahoMqttTransport sender = client(broker, "sender");
        PackagePublisher publisher = new PackagePublisher(new MqttMessageChannel(sender), pkg, 1024, s -> { });
        open.add(publisher);
        int total = publisher.offer().totalChunks();
        assertTrue(total >= 20, "want many chunks, have " + total);
        List<String> firstHalf = new ArrayList<>();
        for (int c = 0; c < total / 2; c++) {
            firstHalf.add("0." + c);
        }

        Path staging = dir.resolve("staging");
        CompletableFuture<Path> first = new CompletableFuture<>();
        PahoMqttTransport hub1 = client(broker, "hub-1");
        PackageReceiver receiver1 = receiver(hub1, staging, first, Duration.ofHours(1)); // never asks: it is cut off
        receiver1.start();
        Thread.sleep(300); // subscribed before the chunks go out
        publisher.publishPartially(firstHalf);
        Path chunks = staging.resolve(publisher.offer().manifestDigest()).resolve("chunks");
        waitFor(() -> count(chunks) == firstHalf.size(), "the first half on disk");
        receiver1.close();
        hub1.close();

        CompletableFuture<Path> second = new CompletableFuture<>();
        PahoMqttTransport hub2 = client(broker, "hub-2");
        PackageReceiver receiver2 = receiver(hub2, staging, second, Duration.ofMillis(300));
        receiver2.start();
        Path assembled = second.get(60, TimeUnit.SECONDS);

        assertEquals(total - firstHalf.size(), publisher.resent(), "re-sent exactly the missing chunks");
        ModelPackage got = new ModelPackageReader().read(assembled);
        assertEquals(pkg.manifestDigest(), got.manifestDigest());
        assertArrayEquals(pkg.read("head.onnx"), got.read("head.onnx"));
        assertTrue(!first.isDone(), "the cut-off hub never completed");
    }

    private PackageReceiver receiver(PahoMqttTransport mqtt, Path staging, CompletableFuture<Path> done, Duration after) {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(); // the receiver's one thread
        PackageReceiver r = new PackageReceiver(new DeliveryTopics("intent"), new MqttMessageChannel(mqtt), staging,
                new PackageReceiver.Listener() {
                    @Override
                    public void complete(DeliveryOffer offer, Path packageDir) {
                        try {
                            // copy out: the receiver cleans its staging once the listener returns
                            Path copy = dir.resolve("received");
                            Files.createDirectories(copy);
                            try (Stream<Path> files = Files.list(packageDir)) {
                                for (Path f : files.toList()) {
                                    Files.copy(f, copy.resolve(f.getFileName()));
                                }
                            }
                            done.complete(copy);
                        } catch (Exception e) {
                            done.completeExceptionally(e);
                        }
                    }

                    @Override
                    public void rejected(String manifestDigest, String reason) {
                        done.completeExceptionally(new AssertionError(reason));
                    }
                }, worker, after);
        open.add(worker::shutdownNow);
        open.add(r);
        return r;
    }

    private PahoMqttTransport client(EmbeddedBroker broker, String id) throws Exception {
        PahoMqttTransport t = new PahoMqttTransport(MqttSettings.local("127.0.0.1", broker.port(), id), scheduler);
        t.connect().get(10, TimeUnit.SECONDS);
        open.add(t);
        return t;
    }

    private ModelPackage samplePackage() throws Exception {
        byte[] head = new byte[40_000];
        new SplittableRandom(1).nextBytes(head);
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, "intent", SemanticVersion.parse("2.0.0"), ModelKind.INTENT_HEAD,
                "all-minilm-l6-v2-q", "all-minilm-l6-v2-q", List.of("a", "b"),
                List.of(TensorSchema.floatMatrix("embedding", 384)), List.of(TensorSchema.floatMatrix("probabilities", 2)),
                Map.of(), null, Sha256.of("t".getBytes(StandardCharsets.UTF_8)), Map.of(), "2026-01-01T00:00:00Z", null);
        return new ModelPackageWriter().write(dir.resolve("pkg"), m, Map.of("head.onnx", head));
    }

    private static long count(Path d) {
        if (!Files.isDirectory(d)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        } catch (Exception e) {
            return 0;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "timed out waiting for " + what);
    }
}
