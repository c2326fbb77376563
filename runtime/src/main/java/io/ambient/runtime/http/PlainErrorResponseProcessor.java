package io.ambient.runtime.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/**
 * Every error the framework produces (validation, unreadable JSON, unknown route, too large a body) gets
 * the same body as the API's own errors: {@code {"error": "..."}}, with the parser's position noise cut.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
public class PlainErrorResponseProcessor implements ErrorResponseProcessor<ErrorJson> {

    @Override
    public MutableHttpResponse<ErrorJson> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String message = context.getErrors().stream().map(Error::getMessage).map(PlainErrorResponseProcessor::trim)
                .collect(Collectors.joining("; "));
        if (message.isBlank()) {
            HttpStatus status = response.getStatus();
            message = status.getReason();
        }
        return response.body(new ErrorJson(message)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String trim(String message) {
        int at = message.indexOf("\n at [");
        return at < 0 ? message : message.substring(0, at);
    }
}
