package io.ambient.runtime.http;

import io.ambient.context.Interpretation;
import io.ambient.runtime.turn.SessionView;
import io.ambient.runtime.failure.FailurePoint;
import io.ambient.runtime.failure.TurnVerdicts;
import io.ambient.runtime.turn.StageTrace;
import io.ambient.runtime.turn.Turn;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The API's answer for one turn: the keys of shared/formats.md §4 (absent values are null, not missing), plus
 * {@code session} (added with the teachable issue): the dialog session the turn opened, continued or ended.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InterpretationJson(String turnId, String text, @Nullable String rewrittenFrom, @Nullable String intent,
                                 Map<String, Object> slots, List<String> targets, double confidence, String outcome,
                                 @Nullable String question, @Nullable String response, ContextJson context,
                                 List<TraceJson> trace, @Nullable SessionJson session,
                                 @Nullable FailureJson failure) {

    /**
     * A dialog session: answer {@code question} in the next turn from the same site (or user) to continue it.
     *
     * @param expecting what the answer should be ({@code team}, {@code music_genre}, {@code temperature},
     *                  {@code wake_time}, {@code meaning}, {@code yes-no}); null once the session ended
     * @param open      false on the turn that ended the session
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SessionJson(String id, @Nullable String expecting, @Nullable String question, boolean open) { }

    /** Where a turn marked wrong failed ({@code stage} null when nothing differed from what was expected). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FailureJson(String verdict, String source, @Nullable String stage, @Nullable String why,
                              boolean fromReference) {
        public static FailureJson of(TurnVerdicts.Verdict v) {
            FailurePoint f = v.failure();
            return new FailureJson(v.wrong() ? "wrong" : "right", v.source(), f == null ? null : f.stage().wire(),
                    f == null ? null : f.why(), f != null && f.fromReference());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContextJson(@Nullable String site, @Nullable String area, List<String> used) { }

    /** {@code confidence} and {@code alternatives} only where the stage gives them (speech recognition). */
    @Serdeable
    public record TraceJson(String stage, String model, double ms, String output, @Nullable Double confidence,
                            @Nullable List<String> alternatives) { }

    public static InterpretationJson of(Turn turn) {
        return of(turn, null);
    }

    /** @param failure the turn's verdict and failure point, or null when nobody judged it */
    public static InterpretationJson of(Turn turn, @Nullable FailureJson failure) {
        Interpretation i = turn.interpretation();
        String intent = null;
        Map<String, Object> slots = Map.of();
        List<String> targets = List.of();
        double confidence;
        String question = null;
        if (i instanceof Interpretation.Resolved r) {
            intent = r.intent();
            slots = r.slots().values();
            targets = r.targets();
            confidence = r.confidence();
        } else if (i instanceof Interpretation.Clarify c) {
            intent = c.intent();
            slots = c.slots().values();
            targets = c.candidates();
            confidence = c.confidence();
            question = c.question();
        } else {
            confidence = ((Interpretation.NotUnderstood) i).confidence();
        }
        List<TraceJson> trace = turn.trace().stream().map(InterpretationJson::trace).toList();
        SessionView s = turn.session();
        if (question == null && s != null) {
            question = s.question();
        }
        return new InterpretationJson(turn.id(), turn.understoodText(),
                turn.rewritten() ? turn.request().text() : null, intent, slots, targets,
                Math.round(confidence * 1000) / 1000.0, turn.outcome().wire(), question, turn.response(),
                new ContextJson(turn.request().site(), turn.areaName(), i.contextUsed()), trace,
                s == null ? null : new SessionJson(s.id(), s.expecting(), s.question(), s.open()), failure);
    }

    public static TraceJson trace(StageTrace s) {
        return new TraceJson(s.stage(), s.component(), Math.round(s.ms() * 1000) / 1000.0, s.output(),
                s.confidence() == null ? null : Math.round(s.confidence() * 1000) / 1000.0,
                s.alternatives().isEmpty() ? null : s.alternatives());
    }
}
