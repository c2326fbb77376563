package io.ambient.runtime.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.models.asr.EndOfSpeechDetector;
import io.ambient.models.asr.WavReader;
import io.ambient.runtime.act.Announcer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * The Hermes ASR service: between {@code hermes/asr/startListening} and the end of speech (or
 * {@code hermes/asr/stopListening}) the audio frames of that site ({@code hermes/audioServer/<siteId>/audioFrame},
 * each a small WAV file) are recognised as they arrive; at the end the turn runs and the answer is spoken back.
 *
 * <p>It then publishes {@code hermes/asr/textCaptured} for observers (a dialogue manager, a log), carrying
 * {@code ambientTurnId}: the turn already ran, so the runtime's own Hermes adapter skips a textCaptured that
 * carries it instead of running the turn a second time. Running the turn here, rather than leaving it to the
 * adapter, keeps the audio and recognition stages in the turn's trace.
 *
 * <p>Frames outside a session are ignored (satellites stream all the time; a wake word starts a session).
 * Decoding runs on one audio thread, in arrival order, so a session's state is confined to it; a finished
 * utterance's turn runs on the turn executor, because acting waits for devices.
 */
public final class HermesAudio implements AutoCloseable {
    public static final String TURN_ID_FIELD = "ambientTurnId";
    static final String FRAMES = "hermes/audioServer/+/audioFrame";
    static final String START = "hermes/asr/startListening";
    static final String STOP = "hermes/asr/stopListening";
    static final String TEXT_CAPTURED = "hermes/asr/textCaptured";
    private static final Logger LOG = LoggerFactory.getLogger(HermesAudio.class);
    private static final int MAX_FRAME_BYTES = 256 * 1024;

    private final MqttTransport mqtt;
    private final SpokenTurns turns;
    private final ExecutorService audioThread;
    private final ExecutorService turnExecutor;
    private final Announcer speaker;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Session> sessions = new HashMap<>();   // confined to audioThread
    private final List<MqttTransport.Subscription> subscriptions = new ArrayList<>();

    private record Session(String siteId, String sessionId, SpokenTurns.Utterance utterance) { }

    public HermesAudio(MqttTransport mqtt, SpokenTurns turns, ExecutorService audioThread, ExecutorService turnExecutor,
                       Announcer speaker) {
        this.mqtt = mqtt;
        this.turns = turns;
        this.audioThread = audioThread;
        this.turnExecutor = turnExecutor;
        this.speaker = speaker;
    }

    public void start() {
        subscriptions.add(mqtt.subscribe(START, (t, p, r) -> onAudioThread(() -> startListening(p))));
        subscriptions.add(mqtt.subscribe(STOP, (t, p, r) -> onAudioThread(() -> stopListening(p))));
        subscriptions.add(mqtt.subscribe(FRAMES, (t, p, r) -> onAudioThread(() -> frame(t, p))));
    }

    /** True when a textCaptured message is one this service published (its turn already ran). */
    public static boolean alreadyHandled(JsonNode textCaptured) {
        return textCaptured.hasNonNull(TURN_ID_FIELD);
    }

    private void onAudioThread(Runnable r) {
        try {
            audioThread.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.warn("Hermes audio message failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Hermes audio message dropped: shutting down");
        }
    }

    private void startListening(byte[] payload) {
        JsonNode node = parse(payload, START);
        if (node == null) {
            return;
        }
        String siteId = node.path("siteId").asText("default");
        String sessionId = node.hasNonNull("sessionId") ? node.get("sessionId").asText() : UUID.randomUUID().toString();
        Session old = sessions.remove(siteId);
        if (old != null) {
            old.utterance().close();
        }
        try {
            sessions.put(siteId, new Session(siteId, sessionId, turns.open("hermes " + siteId, siteId, null)));
        } catch (SpeechUnavailableException e) {
            LOG.warn("site {} started listening, but {}", siteId, e.getMessage());
            captured(siteId, sessionId, "", 0, 0, null);
        }
    }

    private void stopListening(byte[] payload) {
        JsonNode node = parse(payload, STOP);
        if (node != null) {
            Session s = sessions.remove(node.path("siteId").asText("default"));
            if (s != null) {
                finish(s);
            }
        }
    }

    private void frame(String topic, byte[] payload) {
        String siteId = topic.split("/")[2];
        Session s = sessions.get(siteId);
        if (s == null) {
            return;
        }
        if (payload.length > MAX_FRAME_BYTES) {
            LOG.warn("skipping an audio frame of {} bytes from {}", payload.length, siteId);
            return;
        }
        EndOfSpeechDetector.State state;
        try {
            state = s.utterance().accept(WavReader.read(payload));
        } catch (IllegalArgumentException e) {
            LOG.warn("skipping an audio frame from {}: {}", siteId, e.getMessage());
            return;
        }
        if (state != EndOfSpeechDetector.State.WAITING && state != EndOfSpeechDetector.State.SPEAKING) {
            sessions.remove(siteId);
            finish(s);
        }
    }

    private void finish(Session s) {
        try {
            turnExecutor.execute(() -> {
                try (SpokenTurns.Utterance u = s.utterance()) {
                    SpokenTurns.Result result = u.finish();
                    if (result instanceof SpokenTurns.Heard heard) {
                        captured(s.siteId(), s.sessionId(), heard.transcript().text(), heard.transcript().confidence(),
                                heard.transcript().audioSeconds(), heard.turn().id());
                        String response = heard.turn().response();
                        if (response != null && !response.isBlank()) {
                            speaker.say(s.siteId(), response);
                        }
                    } else {
                        SpokenTurns.NothingHeard none = (SpokenTurns.NothingHeard) result;
                        LOG.info("site {}: {}", s.siteId(), none.reason());
                        captured(s.siteId(), s.sessionId(), "", 0, none.transcript().audioSeconds(), null);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Hermes spoken turn for site {} failed", s.siteId(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            s.utterance().close();
        }
    }

    private void captured(String siteId, String sessionId, String text, double likelihood, double seconds,
                          String turnId) {
        ObjectNode n = json.createObjectNode();
        n.put("text", text);
        n.put("likelihood", likelihood);
        n.put("seconds", seconds);
        n.put("siteId", siteId);
        n.put("sessionId", sessionId);
        // Marks our own publication, also when nothing was heard (an empty text is not a turn either).
        n.put(TURN_ID_FIELD, turnId == null ? "" : turnId);
        mqtt.publish(TEXT_CAPTURED, n.toString().getBytes(StandardCharsets.UTF_8), MqttTransport.AT_LEAST_ONCE, false)
                .exceptionally(e -> {
                    LOG.warn("could not publish {}: {}", TEXT_CAPTURED, e.getMessage());
                    return null;
                });
    }

    private JsonNode parse(byte[] payload, String topic) {
        try {
            JsonNode node = json.readTree(payload);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // reported below
        }
        LOG.warn("skipping malformed Hermes message on {}", topic);
        return null;
    }

    @Override
    public void close() {
        subscriptions.forEach(MqttTransport.Subscription::close);
        subscriptions.clear();
        onAudioThread(() -> {
            sessions.values().forEach(s -> s.utterance().close());
            sessions.clear();
        });
    }
}
