package io.ambient.runtime.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The server takes bodies up to 4 MiB because WAV files are that large; every other request keeps the old
 * 64 KiB limit (JSON bodies are small), refused with 413 before it is read.
 */
@ServerFilter("/**")
public class RequestSizeFilter {
    static final long MAX_NON_AUDIO_BYTES = 65_536;

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > MAX_NON_AUDIO_BYTES && !request.getPath().equals("/api/audio")) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ErrorJson("the body has "
                    + length + " bytes; at most " + MAX_NON_AUDIO_BYTES + " are accepted here"));
        }
        return null;
    }
}
