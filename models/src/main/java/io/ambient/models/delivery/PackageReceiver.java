package io.ambient.models.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.models.pkg.DurableFiles;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The hub's side of delivery. Takes offers and chunks from the channel, checks every chunk against the offer's
 * sha256, and keeps each on disk as it arrives ({@code staging/<manifest digest>/chunks/<file>.<chunk>}), so a
 * disconnect or a restart loses nothing received. When chunks stop arriving and some are missing it publishes a
 * request for them. When all are there it assembles the package directory and hands it to the {@link Listener};
 * an offer once handled (activated or rejected) is ignored when the broker re-delivers it.
 *
 * <p>All work runs on the given single-threaded scheduler, in arrival order, never on the channel's callback
 * thread.
 */
public final class PackageReceiver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PackageReceiver.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_TOTAL_BYTES = 512L << 20;
    private static final int MAX_REQUEST = 512;

    /** Told about offers; runs on the receiver's thread. */
    public interface Listener {
        /** Every chunk arrived and checked out; {@code packageDir} holds the assembled package. */
        void complete(DeliveryOffer offer, Path packageDir);

        /** An offer could not be used (malformed, too large, a chunk that never verifies). */
        void rejected(String manifestDigest, String reason);

        /** Progress, for the status topic. */
        default void receiving(DeliveryOffer offer, int have, int total) {
        }
    }

    private final DeliveryTopics topics;
    private final MessageChannel channel;
    private final Path staging;
    private final Listener listener;
    private final ScheduledExecutorService worker;
    private final Duration requestAfter;
    private final Map<String, Transfer> transfers = new HashMap<>();
    private final List<AutoCloseable> subscriptions = new ArrayList<>();

    private static final class Transfer {
        final DeliveryOffer offer;
        final Path dir;
        int lastProgress = -1;

        Transfer(DeliveryOffer offer, Path dir) {
            this.offer = offer;
            this.dir = dir;
        }
    }

    /**
     * @param requestAfter how long without a new chunk before missing ones are requested
     */
    public PackageReceiver(DeliveryTopics topics, MessageChannel channel, Path staging, Listener listener,
                           ScheduledExecutorService worker, Duration requestAfter) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.staging = Objects.requireNonNull(staging, "staging").toAbsolutePath();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.requestAfter = Objects.requireNonNull(requestAfter, "requestAfter");
    }

    public void start() {
        subscriptions.add(channel.subscribe(topics.manifest(), (t, p) -> worker.execute(() -> onOffer(p))));
        subscriptions.add(channel.subscribe(topics.chunkFilter(), (t, p) -> worker.execute(() -> onChunk(t, p))));
        long ms = requestAfter.toMillis();
        worker.scheduleWithFixedDelay(this::requestMissing, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void onOffer(byte[] payload) {
        if (payload.length == 0) {
            return; // a cleared retained message
        }
        DeliveryOffer offer;
        try {
            offer = DeliveryOffer.fromJson(payload);
        } catch (DeliveryOffer.MalformedOfferException e) {
            listener.rejected(Sha256.of(payload), e.getMessage());
            return;
        }
        String digest = offer.manifestDigest();
        Path dir = staging.resolve(digest);
        if (transfers.containsKey(digest) || Files.exists(dir.resolve("done"))) {
            if (transfers.containsKey(digest)) {
                transfers.get(digest).lastProgress = -1; // re-offered after a reconnect: ask for what is missing soon
            }
            return;
        }
        if (offer.totalBytes() > MAX_TOTAL_BYTES) {
            listener.rejected(digest, "the package is " + offer.totalBytes() + " bytes, the limit is " + MAX_TOTAL_BYTES);
            markDone(dir, "rejected");
            return;
        }
        try {
            Files.createDirectories(dir.resolve("chunks"));
            if (!Files.exists(dir.resolve("offer.json"))) {
                DurableFiles.replace(dir.resolve("offer.json"), payload);
            }
        } catch (IOException e) {
            LOG.error("cannot stage offer {}: {}", digest, e.toString());
            return;
        }
        Transfer t = new Transfer(offer, dir);
        transfers.put(digest, t);
        LOG.info("model update offered: {} chunks, {} bytes, manifest {} ({} already on disk)", offer.totalChunks(),
                offer.totalBytes(), digest, offer.totalChunks() - missing(t).size());
        completeIfWhole(t);
    }

    private void onChunk(String topic, byte[] payload) {
        DeliveryTopics.parseChunk(topic).ifPresent(ref -> {
            Transfer t = transfers.values().stream()
                    .filter(x -> x.offer.manifestDigest().startsWith(ref.digestPrefix())).findFirst().orElse(null);
            if (t == null || ref.file() < 0 || ref.file() >= t.offer.files().size()) {
                return; // not (or no longer) expected: an old offer's stray chunk
            }
            List<String> chunks = t.offer.files().get(ref.file()).chunks();
            if (ref.chunk() < 0 || ref.chunk() >= chunks.size() || !Sha256.of(payload).equals(chunks.get(ref.chunk()))) {
                LOG.warn("dropping chunk {}: it does not match the offer (will be requested again)", topic);
                return;
            }
            Path file = t.dir.resolve("chunks").resolve(ref.key());
            try {
                if (!Files.exists(file)) {
                    DurableFiles.replace(file, payload);
                }
            } catch (IOException e) {
                LOG.error("cannot store chunk {}: {}", topic, e.toString());
                return;
            }
            completeIfWhole(t);
        });
    }

    /** Chunk keys ({@code file.chunk}) not yet on disk. */
    private static List<String> missing(Transfer t) {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < t.offer.files().size(); f++) {
            for (int c = 0; c < t.offer.files().get(f).chunks().size(); c++) {
                if (!Files.exists(t.dir.resolve("chunks").resolve(f + "." + c))) {
                    out.add(f + "." + c);
                }
            }
        }
        return out;
    }

    private void requestMissing() {
        for (Transfer t : List.copyOf(transfers.values())) {
            List<String> missing = missing(t);
            int have = t.offer.totalChunks() - missing.size();
            if (missing.isEmpty() || have > t.lastProgress) {
                t.lastProgress = have; // still arriving: wait
                if (!missing.isEmpty()) {
                    listener.receiving(t.offer, have, t.offer.totalChunks());
                }
                continue;
            }
            ObjectNode request = JSON.createObjectNode();
            request.put("manifestDigest", t.offer.manifestDigest());
            ArrayNode list = request.putArray("missing");
            missing.stream().limit(MAX_REQUEST).forEach(list::add);
            LOG.info("model update {}: asking for {} missing chunks", t.offer.manifestDigest(), missing.size());
            channel.publish(topics.request(), request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        }
    }

    private void completeIfWhole(Transfer t) {
        if (!missing(t).isEmpty()) {
            return;
        }
        String digest = t.offer.manifestDigest();
        transfers.remove(digest);
        Path pkg = t.dir.resolve("package");
        try {
            assemble(t, pkg);
        } catch (IOException e) {
            listener.rejected(digest, "cannot assemble the package: " + e);
            markDone(t.dir, "rejected");
            return;
        }
        try {
            listener.complete(t.offer, pkg);
        } finally {
            markDone(t.dir, "handled");
        }
    }

    private static void assemble(Transfer t, Path pkg) throws IOException {
        deleteTree(pkg);
        Files.createDirectories(pkg);
        for (int f = 0; f < t.offer.files().size(); f++) {
            DeliveryOffer.FileChunks file = t.offer.files().get(f);
            Path target = pkg.resolve(file.path()).normalize();
            if (!target.startsWith(pkg)) {
                throw new IOException("file " + file.path() + " leaves the package");
            }
            Files.createDirectories(target.getParent());
            try (var out = Files.newOutputStream(target)) {
                for (int c = 0; c < file.chunks().size(); c++) {
                    out.write(Files.readAllBytes(t.dir.resolve("chunks").resolve(f + "." + c)));
                }
            }
        }
        Files.write(pkg.resolve(ModelPackage.MANIFEST_FILE), t.offer.manifest());
    }

    /** Handled offers keep only their offer and marker: the registry holds the installed copy. */
    private static void markDone(Path dir, String how) {
        try {
            Files.createDirectories(dir);
            DurableFiles.replace(dir.resolve("done"), how.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            deleteTree(dir.resolve("chunks"));
            deleteTree(dir.resolve("package"));
        } catch (IOException e) {
            LOG.warn("cannot clean up staging {}: {}", dir, e.toString());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var entries = Files.walk(dir)) {
            for (Path p : entries.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        MessageChannel.unsubscribeAll(subscriptions, LOG);
        subscriptions.clear();
    }
}
