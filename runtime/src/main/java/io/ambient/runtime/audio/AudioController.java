package io.ambient.runtime.audio;

import io.ambient.models.asr.PcmAudio;
import io.ambient.models.asr.WavFormatException;
import io.ambient.models.asr.WavReader;
import io.ambient.runtime.config.SpeechConfiguration;
import io.ambient.runtime.http.ErrorJson;
import io.ambient.runtime.http.InterpretationJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.util.List;

/** Spoken turns from a WAV body: {@code POST /api/audio?site=S&user=U}. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING) // recognition and acting take a while
public class AudioController {
    private final SpokenTurns turns;
    private final SpeechConfiguration config;

    public AudioController(SpokenTurns turns, SpeechConfiguration config) {
        this.turns = turns;
        this.config = config;
    }

    /** Why nothing ran, with the trace of what did. */
    @Serdeable
    public record NothingHeardJson(String error, String transcript, List<InterpretationJson.TraceJson> trace) { }

    @Post(value = "/audio", consumes = {"audio/wav", "audio/x-wav", "audio/wave", "application/octet-stream"})
    @Operation(summary = "Handle a spoken command: a WAV file (16 kHz mono 16-bit is best; other PCM rates are resampled)")
    public HttpResponse<?> audio(@QueryValue @Nullable String site, @QueryValue @Nullable String user,
                                 @Body byte[] wav) {
        if (wav == null || wav.length == 0) {
            return HttpResponse.badRequest(new ErrorJson("the body is empty; send a WAV file"));
        }
        if (wav.length > config.maxAudioBytes()) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ErrorJson("the WAV file has "
                    + wav.length + " bytes; at most " + config.maxAudioBytes() + " are accepted"));
        }
        PcmAudio audio;
        try {
            audio = WavReader.read(wav);
        } catch (WavFormatException e) {
            HttpStatus status = e.kind() == WavFormatException.Kind.UNSUPPORTED ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    : HttpStatus.BAD_REQUEST;
            return HttpResponse.status(status).body(new ErrorJson(e.getMessage()));
        }
        try {
            SpokenTurns.Result result = turns.handle(audio, "http wav", blankToNull(site), blankToNull(user));
            if (result instanceof SpokenTurns.Heard heard) {
                return HttpResponse.ok(InterpretationJson.of(heard.turn()));
            }
            SpokenTurns.NothingHeard nothing = (SpokenTurns.NothingHeard) result;
            return HttpResponse.unprocessableEntity().body(new NothingHeardJson(nothing.reason(),
                    nothing.transcript().text(), nothing.trace().stream().map(InterpretationJson::trace).toList()));
        } catch (SpeechUnavailableException e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ErrorJson(e.getMessage()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
