package io.ambient.runtime.http;

import io.ambient.runtime.failure.Expected;
import io.ambient.runtime.failure.TurnVerdicts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Feedback on a turn: {@code POST /api/turns/{id}/feedback}; a wrong turn gets its failure point. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING) // finding the failure point may replay the right words
public class FeedbackController {
    private final TurnVerdicts verdicts;

    public FeedbackController(TurnVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * @param verdict        {@code wrong} or {@code right}
     * @param source         who says so (default {@code feedback}; e.g. {@code rephrase}, {@code undo})
     * @param expectedText   the words actually spoken, when known
     * @param expectedIntent the intent meant, when known
     * @param expectedSlots  slot values meant, when known
     * @param expectedTargets the entity ids meant, when known
     */
    @Serdeable
    public record FeedbackBody(String verdict, @Nullable String source, @Nullable String expectedText,
                               @Nullable String expectedIntent, @Nullable Map<String, Object> expectedSlots,
                               @Nullable List<String> expectedTargets) { }

    @Post("/turns/{id}/feedback")
    @Operation(summary = "Say a turn was wrong (or right); a wrong one gets its failure point")
    public HttpResponse<?> feedback(@PathVariable String id, @Body FeedbackBody body) {
        String verdict = body.verdict() == null ? "" : body.verdict().strip();
        String source = body.source() == null || body.source().isBlank() ? "feedback" : body.source().strip();
        Optional<TurnVerdicts.Verdict> v;
        if (verdict.equals("wrong")) {
            v = verdicts.markWrong(id, new Expected(blankToNull(body.expectedText()), blankToNull(body.expectedIntent()),
                    body.expectedSlots(), body.expectedTargets()), source);
        } else if (verdict.equals("right")) {
            v = verdicts.markRight(id, source);
        } else {
            return HttpResponse.badRequest(new ErrorJson("verdict must be \"wrong\" or \"right\", was \"" + verdict + "\""));
        }
        return v.<HttpResponse<?>>map(x -> HttpResponse.ok(InterpretationJson.FailureJson.of(x)))
                .orElseGet(() -> HttpResponse.notFound(new ErrorJson("no recent turn with id " + id)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
