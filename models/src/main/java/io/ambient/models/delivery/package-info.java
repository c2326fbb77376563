/**
 * Over-the-air delivery of model packages through a message broker, resumable after a disconnect.
 *
 * <p>Protocol (topics under {@code ambient/models/<id>/}, see {@link io.ambient.models.delivery.DeliveryTopics}):
 * the publisher puts a retained {@link io.ambient.models.delivery.DeliveryOffer} on {@code manifest} (the signed
 * manifest.json plus every file's size and the sha256 of each chunk), then every chunk on
 * {@code chunk/<digest>/<file>/<chunk>}. The hub's {@link io.ambient.models.delivery.PackageReceiver} checks each
 * chunk against the offer and records it on disk; when chunks stop coming and some are missing it asks for them
 * on {@code request}, and the publisher sends them again. After a disconnect or a restart the broker re-delivers
 * the retained offer, and the receiver asks only for what its disk does not hold. The hub reports what became of
 * the update on {@code status}.
 *
 * <p>Broker-agnostic: everything goes through the {@link io.ambient.models.delivery.MessageChannel} port, which
 * the runtime implements over its MQTT transport.
 */
package io.ambient.models.delivery;
