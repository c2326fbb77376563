package io.ambient.runtime.update;

import io.ambient.models.delivery.DeliveryOffer;
import io.ambient.models.delivery.DeliveryStatus;
import io.ambient.models.delivery.DeliveryTopics;
import io.ambient.models.delivery.MessageChannel;
import io.ambient.models.delivery.PackageReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Model updates from the broker: a {@link PackageReceiver} on {@code ambient/models/intent/...} hands each
 * complete package to the {@link ModelUpdateService}, and the verdict goes back on the status topic, where
 * {@code ./ambient models publish} waits for it.
 */
public final class MqttUpdates implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttUpdates.class);

    private final ScheduledExecutorService worker;
    private final PackageReceiver receiver;

    public MqttUpdates(MessageChannel channel, Path staging, ModelUpdateService updates, Duration requestAfter) {
        DeliveryTopics topics = new DeliveryTopics("intent");
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ambient-model-delivery");
            t.setDaemon(true);
            return t;
        });
        this.receiver = new PackageReceiver(topics, channel, staging, new PackageReceiver.Listener() {
            @Override
            public void complete(DeliveryOffer offer, Path packageDir) {
                String digest = offer.manifestDigest();
                status(channel, topics, new DeliveryStatus(digest, null, DeliveryStatus.State.VERIFYING,
                        "all " + offer.totalChunks() + " chunks received; verifying and running the gate"));
                UpdateOutcome outcome = updates.offer(packageDir, "mqtt");
                if (outcome instanceof UpdateOutcome.Activated a) {
                    status(channel, topics, new DeliveryStatus(digest, a.version(), DeliveryStatus.State.ACTIVATED,
                            a.gate().embedding().detail()));
                } else {
                    UpdateOutcome.Rejected r = (UpdateOutcome.Rejected) outcome;
                    status(channel, topics, new DeliveryStatus(digest, r.version(), DeliveryStatus.State.REJECTED, r.reason()));
                }
            }

            @Override
            public void rejected(String manifestDigest, String reason) {
                LOG.warn("model update offer {} rejected: {}", manifestDigest, reason);
                status(channel, topics, new DeliveryStatus(manifestDigest, null, DeliveryStatus.State.REJECTED, reason));
            }

            @Override
            public void receiving(DeliveryOffer offer, int have, int total) {
                status(channel, topics, new DeliveryStatus(offer.manifestDigest(), null, DeliveryStatus.State.RECEIVING,
                        have + "/" + total + " chunks"));
            }
        }, worker, requestAfter);
    }

    public void start() {
        receiver.start();
    }

    private static void status(MessageChannel channel, DeliveryTopics topics, DeliveryStatus status) {
        channel.publish(topics.status(), status.toJson(), false).exceptionally(e -> {
            LOG.warn("cannot publish update status: {}", e.toString());
            return null;
        });
    }

    @Override
    public void close() {
        receiver.close();
        worker.shutdownNow();
    }
}
