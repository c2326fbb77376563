package io.ambient.runtime.http;

import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.registry.ModelHandle;
import io.ambient.runtime.learning.LearningQueue;
import io.ambient.runtime.learning.RewriteLearner;
import io.ambient.runtime.understanding.LoadedModel;
import io.ambient.runtime.understanding.UnderstandingService;
import io.ambient.teachable.store.Rewrite;
import io.ambient.teachable.store.RewriteBook;
import io.ambient.teachable.store.TeachableBooks;
import io.ambient.teachable.store.UserId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rewrites learned from rephrases, next to the teaching endpoints: mine now, list the active ones, add one by hand
 * (its source embedded with the serving model's encoder, so in the stored space), forget one (mining will not learn
 * it again).
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING) // mining reads the log and embeds; writes wait for the journal's fsync
public class RewriteController {
    private final TeachableBooks books;
    private final RewriteBook rewrites;
    private final RewriteLearner learner;
    private final LearningQueue queue;
    private final UnderstandingService understanding;

    public RewriteController(TeachableBooks books, RewriteLearner learner, LearningQueue queue,
                             UnderstandingService understanding) {
        this.books = books;
        this.rewrites = books.rewrites();
        this.learner = learner;
        this.queue = queue;
        this.understanding = understanding;
    }

    @Post("/rewrites/mine")
    @Operation(summary = "Mine rewrites from the interaction log now (the turns logged so far included)")
    public HttpResponse<?> mine() throws InterruptedException {
        try {
            queue.flush().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ErrorJson("the interaction log is not written yet: " + e.getMessage()));
        }
        return HttpResponse.ok(RewriteJson.MiningView.of(learner.mine()));
    }

    @Get("/rewrites")
    @Operation(summary = "Every active rewrite, per user and the household's")
    public List<RewriteJson.RewriteView> all() {
        List<RewriteJson.RewriteView> all = new ArrayList<>();
        for (UserId user : books.store().users()) {
            rewrites.list(user).stream().map(RewriteJson.RewriteView::of).forEach(all::add);
        }
        return all;
    }

    @Get("/users/{user}/rewrites")
    @Operation(summary = "The user's active rewrites")
    public List<RewriteJson.RewriteView> list(@PathVariable String user) {
        return rewrites.list(UserId.of(user)).stream().map(RewriteJson.RewriteView::of).toList();
    }

    @Post("/users/{user}/rewrites")
    @Operation(summary = "Add a rewrite: saying 'from' means 'to' (embedded with the serving model's encoder)")
    public HttpResponse<?> add(@PathVariable String user, @Body @Valid RewriteJson.RewriteBody body) {
        try (ModelHandle.Lease<LoadedModel> lease = understanding.acquireModel()) {
            Optional<OnnxIntentClassifier> model = lease.model().model();
            if (model.isEmpty()) {
                return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ErrorJson(
                        "rewrites need the trained model's encoder; " + lease.model().stage().version() + " serves"));
            }
            Rewrite r = rewrites.put(UserId.of(user), body.from(), body.to(), Rewrite.RewriteStats.NONE,
                    Optional.of(model.get().encoder().encode(body.from())));
            return HttpResponse.created(RewriteJson.RewriteView.of(r));
        }
    }

    @Delete("/users/{user}/rewrites/{from}")
    @Operation(summary = "Forget a rewrite; mining will not learn it again")
    public HttpResponse<?> forget(@PathVariable String user, @PathVariable String from) {
        return rewrites.forget(UserId.of(user), from) ? HttpResponse.noContent()
                : HttpResponse.notFound(new ErrorJson(user + " has no rewrite for '" + from + "'"));
    }
}
