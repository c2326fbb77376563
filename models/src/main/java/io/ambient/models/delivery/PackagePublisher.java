package io.ambient.models.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The sender's side of delivery: announces a package (retained offer), sends every chunk, answers the hub's
 * requests for missing chunks, and completes when the hub reports the update activated or rejected.
 */
public final class PackagePublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PackagePublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageChannel channel;
    private final ModelPackage pkg;
    private final DeliveryOffer offer;
    private final DeliveryTopics topics;
    private final List<byte[]> contents = new ArrayList<>();
    private final CompletableFuture<DeliveryStatus> outcome = new CompletableFuture<>();
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private final Consumer<DeliveryStatus> progress;
    private final java.util.concurrent.atomic.AtomicInteger resent = new java.util.concurrent.atomic.AtomicInteger();

    /** @param progress told every status the hub reports for this offer */
    public PackagePublisher(MessageChannel channel, ModelPackage pkg, int chunkSize, Consumer<DeliveryStatus> progress)
            throws ModelPackageException {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        this.offer = DeliveryOffer.of(pkg, chunkSize);
        this.topics = new DeliveryTopics(pkg.manifest().id());
        this.progress = Objects.requireNonNull(progress, "progress");
        for (DeliveryOffer.FileChunks f : offer.files()) {
            contents.add(pkg.read(f.path()));
        }
    }

    public DeliveryOffer offer() {
        return offer;
    }

    /**
     * Sends the offer and all chunks (once each; what gets lost is re-sent on request).
     *
     * @return completes with the hub's final status (activated or rejected)
     */
    public CompletableFuture<DeliveryStatus> publish() {
        listen();
        channel.publish(topics.manifest(), offer.toJson(), true).join();
        for (int f = 0; f < offer.files().size(); f++) {
            for (int c = 0; c < offer.files().get(f).chunks().size(); c++) {
                sendChunk(f, c);
            }
        }
        LOG.info("published {} ({} chunks)", pkg.manifest().coordinates(), offer.totalChunks());
        return outcome;
    }

    /** Sends the offer and only the listed chunks ({@code file.chunk}), as a delivery cut short would; then answers requests. */
    public CompletableFuture<DeliveryStatus> publishPartially(List<String> chunkKeys) {
        listen();
        channel.publish(topics.manifest(), offer.toJson(), true).join();
        for (String key : chunkKeys) {
            String[] p = key.split("\\.");
            sendChunk(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }
        return outcome;
    }

    /** Answers the hub's requests for missing chunks and watches its status reports. */
    private void listen() {
        if (subscriptions.isEmpty()) {
            subscriptions.add(channel.subscribe(topics.status(), (t, p) -> onStatus(p)));
            subscriptions.add(channel.subscribe(topics.request(), (t, p) -> onRequest(p)));
        }
    }

    /** How many chunks were sent again because the hub asked. */
    public int resent() {
        return resent.get();
    }

    private void sendChunk(int file, int chunk) {
        byte[] content = contents.get(file);
        byte[] data = DeliveryOffer.slice(content, chunk * offer.chunkSize(), offer.chunkSize());
        channel.publish(topics.chunk(offer.manifestDigest(), file, chunk), data, false);
    }

    private void onRequest(byte[] payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            if (!offer.manifestDigest().equals(n.path("manifestDigest").asText())) {
                return;
            }
            int sent = 0;
            for (JsonNode key : n.path("missing")) {
                String[] p = key.asText().split("\\.");
                int f = Integer.parseInt(p[0]);
                int c = Integer.parseInt(p[1]);
                if (f >= 0 && f < offer.files().size() && c >= 0 && c < offer.files().get(f).chunks().size()) {
                    sendChunk(f, c);
                    sent++;
                    resent.incrementAndGet();
                }
            }
            LOG.info("re-sent {} chunks the hub asked for", sent);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring a malformed chunk request: {}", e.toString());
        }
    }

    private void onStatus(byte[] payload) {
        DeliveryStatus.fromJson(payload).filter(s -> s.manifestDigest().equals(offer.manifestDigest())).ifPresent(s -> {
            progress.accept(s);
            if (s.state().terminal()) {
                outcome.complete(s);
            }
        });
    }

    @Override
    public void close() {
        MessageChannel.unsubscribeAll(subscriptions, LOG);
    }
}
