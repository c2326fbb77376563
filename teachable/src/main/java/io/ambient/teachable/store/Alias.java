package io.ambient.teachable.store;

import java.time.Instant;

/**
 * Another name for a device, taught by a user ("call the reading lamp Lumos").
 *
 * @param alias    normalised (see {@link Phrases#normalize})
 * @param entityId the device's entity id, e.g. {@code light.reading_lamp}
 */
public record Alias(UserId user, String alias, String entityId, Instant createdAt) { }
