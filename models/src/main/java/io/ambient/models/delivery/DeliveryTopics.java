package io.ambient.models.delivery;

import java.util.Optional;

/** The topics of the delivery protocol for one model id. */
public record DeliveryTopics(String modelId) {
    public static final String ROOT = "ambient/models";

    public String manifest() {
        return ROOT + "/" + modelId + "/manifest";
    }

    public String request() {
        return ROOT + "/" + modelId + "/request";
    }

    public String status() {
        return ROOT + "/" + modelId + "/status";
    }

    /** Digest prefix keeps chunks of two offers of the same model apart. */
    public String chunk(String manifestDigest, int file, int chunk) {
        return chunkPrefix(manifestDigest) + file + "/" + chunk;
    }

    public String chunkFilter() {
        return ROOT + "/" + modelId + "/chunk/#";
    }

    private String chunkPrefix(String manifestDigest) {
        return ROOT + "/" + modelId + "/chunk/" + manifestDigest.substring(0, 16) + "/";
    }

    /** A chunk's coordinates from its topic. */
    public record ChunkRef(String digestPrefix, int file, int chunk) {
        public String key() {
            return file + "." + chunk;
        }
    }

    public static Optional<ChunkRef> parseChunk(String topic) {
        String[] p = topic.split("/");
        // ambient / models / <id> / chunk / <digest16> / <file> / <chunk>
        if (p.length != 7 || !p[3].equals("chunk")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChunkRef(p[4], Integer.parseInt(p[5]), Integer.parseInt(p[6])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
