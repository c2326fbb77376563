package io.ambient.models.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;

/**
 * What the hub says about an offer on the status topic.
 *
 * @param manifestDigest the offer it concerns
 * @param version        the package version, when known
 * @param state          {@link State}
 * @param detail         progress or the reason for a rejection, in words
 */
public record DeliveryStatus(String manifestDigest, String version, State state, String detail) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum State {
        RECEIVING, VERIFYING, ACTIVATED, REJECTED;

        public boolean terminal() {
            return this == ACTIVATED || this == REJECTED;
        }
    }

    public byte[] toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("manifestDigest", manifestDigest);
        n.put("version", version);
        n.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        n.put("detail", detail);
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<DeliveryStatus> fromJson(byte[] json) {
        try {
            JsonNode n = JSON.readTree(json);
            return Optional.of(new DeliveryStatus(n.path("manifestDigest").asText(), n.path("version").asText(null),
                    State.valueOf(n.path("state").asText().toUpperCase(java.util.Locale.ROOT)), n.path("detail").asText("")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
