package io.ambient.runtime.http;

import io.ambient.runtime.failure.TurnVerdicts;
import io.ambient.runtime.turn.TurnLog;
import io.ambient.runtime.turn.TurnPipeline;
import io.ambient.runtime.turn.TurnRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/** Turns: handle words (acting on devices), interpret without acting, show a past turn's trace. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING) // acting waits for devices to confirm
public class TurnController {
    private final TurnPipeline pipeline;
    private final TurnLog log;
    private final TurnVerdicts verdicts;

    public TurnController(TurnPipeline pipeline, TurnLog log, TurnVerdicts verdicts) {
        this.pipeline = pipeline;
        this.log = log;
        this.verdicts = verdicts;
    }

    @Post("/turns")
    @Operation(summary = "Handle words: interpret them in context and act on devices")
    public InterpretationJson turn(@Body @Valid TurnBody body) {
        return InterpretationJson.of(pipeline.handle(request(body, true)));
    }

    @Post("/interpret")
    @Operation(summary = "Interpret words in context without acting")
    public InterpretationJson interpret(@Body @Valid TurnBody body) {
        return InterpretationJson.of(pipeline.handle(request(body, false)));
    }

    @Get("/turns/{id}")
    @Operation(summary = "A recent turn with its trace, and its failure point when it was marked wrong")
    public HttpResponse<?> turn(@PathVariable String id) {
        return log.get(id).<HttpResponse<?>>map(t -> HttpResponse.ok(InterpretationJson.of(t,
                        verdicts.of(id).map(InterpretationJson.FailureJson::of).orElse(null))))
                .orElseGet(() -> HttpResponse.notFound(new ErrorJson("no recent turn with id " + id)));
    }

    private static TurnRequest request(TurnBody body, boolean act) {
        return new TurnRequest(body.text().strip(), blankToNull(body.site()), blankToNull(body.user()),
                blankToNull(body.area()), act);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
