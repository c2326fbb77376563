package io.ambient.runtime.http;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every 4xx/5xx this API sends: one sentence saying what was wrong. */
@Serdeable
public record ErrorJson(String error) { }
