package io.ambient.runtime.http;

import io.ambient.devices.HomeStateSource;
import io.ambient.teachable.store.AliasBook;
import io.ambient.teachable.store.PhraseBook;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import java.util.List;

/**
 * Teaching without speaking: list, add and forget a user's taught phrases and aliases. The user
 * {@code household} holds what applies to everyone. Writes return once they are durable.
 */
@Controller("/api/users/{user}")
@ExecuteOn(TaskExecutors.BLOCKING) // writes wait for the journal's fsync
public class TeachingController {
    private final PhraseBook phrases;
    private final AliasBook aliases;
    private final HomeStateSource home;

    public TeachingController(TeachableBooks books, HomeStateSource home) {
        this.phrases = books.phrases();
        this.aliases = books.aliases();
        this.home = home;
    }

    @Get("/phrases")
    @Operation(summary = "The user's taught phrases")
    public List<TeachingJson.PhraseJson> phrases(@PathVariable String user) {
        return phrases.list(UserId.of(user)).stream().map(TeachingJson.PhraseJson::of).toList();
    }

    @Post("/phrases")
    @Operation(summary = "Teach a phrase: saying it means saying each step")
    public HttpResponse<TeachingJson.PhraseJson> teach(@PathVariable String user,
                                                       @Body @Valid TeachingJson.PhraseBody body) {
        return HttpResponse.created(TeachingJson.PhraseJson.of(
                phrases.teach(UserId.of(user), body.phrase(), body.steps())));
    }

    @Delete("/phrases/{phrase}")
    @Operation(summary = "Forget a taught phrase")
    public HttpResponse<?> forgetPhrase(@PathVariable String user, @PathVariable String phrase) {
        return phrases.forget(UserId.of(user), phrase) ? HttpResponse.noContent()
                : HttpResponse.notFound(new ErrorJson(user + " has taught no phrase '" + phrase + "'"));
    }

    @Get("/aliases")
    @Operation(summary = "The user's taught device aliases")
    public List<TeachingJson.AliasJson> aliases(@PathVariable String user) {
        return aliases.list(UserId.of(user)).stream().map(TeachingJson.AliasJson::of).toList();
    }

    @Post("/aliases")
    @Operation(summary = "Teach another name for a device")
    public HttpResponse<?> alias(@PathVariable String user, @Body @Valid TeachingJson.AliasBody body) {
        if (home.current().entity(body.entity()).isEmpty()) {
            return HttpResponse.badRequest(new ErrorJson("no device with entity id '" + body.entity() + "'"));
        }
        return HttpResponse.created(TeachingJson.AliasJson.of(aliases.add(UserId.of(user), body.entity(),
                body.alias())));
    }

    @Delete("/aliases/{alias}")
    @Operation(summary = "Forget a taught alias")
    public HttpResponse<?> forgetAlias(@PathVariable String user, @PathVariable String alias) {
        return aliases.forget(UserId.of(user), alias) ? HttpResponse.noContent()
                : HttpResponse.notFound(new ErrorJson(user + " has taught no alias '" + alias + "'"));
    }
}
