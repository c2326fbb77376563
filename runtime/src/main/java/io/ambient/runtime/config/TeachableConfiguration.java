package io.ambient.runtime.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

import java.nio.file.Path;

/**
 * What users taught the hub.
 *
 * @param dir the teachable store's directory (journal and MapDB index); created when missing. One hub, one
 *            directory: the store locks it.
 */
@ConfigurationProperties("ambient.teachable")
public record TeachableConfiguration(
        @NotBlank @Bindable(defaultValue = "${user.home}/.ambient/teachable") String dir) {

    public Path path() {
        return Path.of(dir);
    }
}
