package io.ambient.teachable.store;

import java.time.Instant;

/**
 * A stated preference ("team" = "Warriors", "temperature" = "21").
 *
 * @param key lower-case name, e.g. {@code team}, {@code music.genre}
 */
public record Preference(UserId user, String key, String value, Instant updatedAt) { }
