package io.ambient.runtime.hermes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.context.Interpretation;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.runtime.act.Announcer;
import io.ambient.runtime.audio.HermesAudio;
import io.ambient.runtime.turn.Turn;
import io.ambient.runtime.turn.TurnPipeline;
import io.ambient.runtime.turn.TurnRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Speaks Hermes for the turn pipeline. A turn of a teaching dialog is answered with
 * {@code hermes/dialogueManager/continueSession} (a question follows) or {@code endSession}; other turns
 * with {@code hermes/tts/say}. Messages arrive on the MQTT thread and are handed to an executor at
 * once, because a turn that acts waits for devices. A malformed message is logged and skipped.
 */
public final class HermesAdapter implements AutoCloseable {
    static final String NLU_QUERY = "hermes/nlu/query";
    static final String TEXT_CAPTURED = "hermes/asr/textCaptured";
    static final String CONTINUE_SESSION = "hermes/dialogueManager/continueSession";
    static final String END_SESSION = "hermes/dialogueManager/endSession";
    private static final Logger LOG = LoggerFactory.getLogger(HermesAdapter.class);
    private static final int MAX_PAYLOAD = 64 * 1024;

    private final MqttTransport mqtt;
    private final TurnPipeline pipeline;
    private final ExecutorService executor;
    private final Announcer speaker;
    private final ObjectMapper json = new ObjectMapper();
    private final List<MqttTransport.Subscription> subscriptions = new ArrayList<>();

    /** @param speaker answers spoken back on the satellite ({@code hermes/tts/say}) */
    public HermesAdapter(MqttTransport mqtt, TurnPipeline pipeline, ExecutorService executor, Announcer speaker) {
        this.mqtt = mqtt;
        this.pipeline = pipeline;
        this.executor = executor;
        this.speaker = speaker;
    }

    public void start() {
        subscriptions.add(mqtt.subscribe(NLU_QUERY, (topic, payload, retained) -> accept(topic, payload, false)));
        subscriptions.add(mqtt.subscribe(TEXT_CAPTURED, (topic, payload, retained) -> accept(topic, payload, true)));
    }

    private void accept(String topic, byte[] payload, boolean act) {
        HermesQuery query;
        try {
            query = parse(topic, payload, act);
        } catch (IllegalArgumentException | IOException e) {
            LOG.warn("skipping malformed Hermes message on {}: {}", topic, e.getMessage());
            return;
        }
        if (query == null) {
            return; // our own speech service captured it and already ran the turn
        }
        try {
            executor.execute(() -> handle(query));
        } catch (RejectedExecutionException e) {
            LOG.warn("dropping Hermes message on {}: the runtime is shutting down", topic);
        }
    }

    /** A Hermes request to interpret (nlu/query) or to act on (asr/textCaptured). */
    record HermesQuery(String input, String siteId, String sessionId, String id, boolean act) { }

    /** @return the request, or null for a textCaptured the runtime's own speech service published (its turn ran) */
    HermesQuery parse(String topic, byte[] payload, boolean act) throws IOException {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes is over the limit");
        }
        JsonNode node = json.readTree(payload);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (act && HermesAudio.alreadyHandled(node)) {
            return null;
        }
        String text = act ? node.path("text").asText("") : node.path("input").asText("");
        if (text.isBlank()) {
            throw new IllegalArgumentException(act ? "no 'text'" : "no 'input'");
        }
        return new HermesQuery(text, textOrNull(node, "siteId"), textOrNull(node, "sessionId"),
                textOrNull(node, "id"), act);
    }

    private void handle(HermesQuery q) {
        try {
            Turn turn = pipeline.handle(new TurnRequest(q.input(), q.siteId(), null, null, q.act()));
            if (q.act()) {
                if (turn.session() != null) {
                    publishSession(q, turn);
                    return;
                }
                if (turn.response() != null && !turn.response().isBlank()) {
                    speaker.say(q.siteId(), turn.response());
                }
                return;
            }
            if (turn.interpretation() instanceof Interpretation.Resolved r) {
                byte[] parsed = intentParsed(q, r);
                publish("hermes/nlu/intentParsed", parsed);
                publish("hermes/intent/" + r.intent(), parsed);
            } else {
                publish("hermes/nlu/intentNotRecognized", notRecognized(q));
            }
        } catch (RuntimeException e) {
            LOG.warn("Hermes turn for site {} failed", q.siteId(), e);
        }
    }

    /**
     * A turn of a teaching dialog: the dialogue manager speaks the question and listens again
     * ({@code continueSession}), or speaks the last words and closes the session ({@code endSession}). The
     * satellite's session id is kept when it gave one; the runtime's own session id goes in {@code customData}.
     */
    private void publishSession(HermesQuery q, Turn turn) {
        ObjectNode root = json.createObjectNode();
        root.put("sessionId", q.sessionId() != null ? q.sessionId() : turn.session().id());
        root.put("text", turn.response());
        root.put("customData", turn.session().id());
        if (turn.session().open()) {
            root.put("sendIntentNotRecognized", true);
            publish(CONTINUE_SESSION, bytes(root));
        } else {
            publish(END_SESSION, bytes(root));
        }
    }

    byte[] intentParsed(HermesQuery q, Interpretation.Resolved r) {
        ObjectNode root = base(q);
        ObjectNode intent = root.putObject("intent");
        intent.put("intentName", r.intent());
        intent.put("confidenceScore", r.confidence());
        ArrayNode slots = root.putArray("slots");
        for (Map.Entry<String, Object> slot : r.slots().values().entrySet()) {
            ObjectNode s = slots.addObject();
            s.put("entity", slot.getKey());
            s.put("slotName", slot.getKey());
            s.put("rawValue", String.valueOf(slot.getValue()));
            s.put("confidence", 1.0);
            ObjectNode value = s.putObject("value");
            value.put("kind", slot.getValue() instanceof Number ? "Number" : "Unknown");
            value.set("value", json.valueToTree(slot.getValue()));
        }
        ArrayNode targets = root.putArray("targets");
        r.targets().forEach(targets::add);
        return bytes(root);
    }

    private byte[] notRecognized(HermesQuery q) {
        return bytes(base(q));
    }

    private ObjectNode base(HermesQuery q) {
        ObjectNode root = json.createObjectNode();
        root.put("input", q.input());
        root.put("id", q.id());
        root.put("siteId", q.siteId());
        root.put("sessionId", q.sessionId());
        return root;
    }

    private void publish(String topic, byte[] payload) {
        mqtt.publish(topic, payload, MqttTransport.AT_LEAST_ONCE, false).exceptionally(e -> {
            LOG.warn("could not publish {}: {}", topic, e.getMessage());
            return null;
        });
    }

    private byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public void close() {
        subscriptions.forEach(MqttTransport.Subscription::close);
        subscriptions.clear();
    }
}
