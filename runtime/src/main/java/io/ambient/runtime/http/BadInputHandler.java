package io.ambient.runtime.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Arguments the domain refuses (an empty text, an out-of-range number) are the caller's fault: 400. */
@Produces
@Singleton
@Requires(classes = {IllegalArgumentException.class, ExceptionHandler.class})
public class BadInputHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<ErrorJson>> {
    @Override
    public HttpResponse<ErrorJson> handle(HttpRequest request, IllegalArgumentException exception) {
        return HttpResponse.badRequest(new ErrorJson(exception.getMessage()));
    }
}
