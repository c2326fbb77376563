package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;

/**
 * What users taught the hub.
 *
 * @param dir the teachable store's directory (journal and MapDB index); created when missing. One hub, one
 *            directory: the store locks it. Default {@code ~/.ambient/teachable} (a {@code ${user.home}}
 *            placeholder in a default value is not resolved by Micronaut, which once created a directory
 *            literally named so under the working directory).
 */
@ConfigurationProperties("ambient.teachable")
public record TeachableConfiguration(@Nullable String dir) {

    public TeachableConfiguration {
        if (dir != null && dir.isBlank()) {
            throw new IllegalArgumentException("ambient.teachable.dir must not be blank");
        }
    }

    public Path path() {
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".ambient", "teachable");
    }
}
