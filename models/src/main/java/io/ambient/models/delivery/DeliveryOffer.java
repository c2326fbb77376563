package io.ambient.models.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ManifestCodec;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The retained announcement of an update: the package's manifest.json bytes (signed) and how its files are cut
 * into chunks, with the sha256 of every chunk, so the hub can check each chunk as it arrives and know which are
 * missing. The manifest itself lists each whole file's sha256, checked again when the package is read.
 *
 * @param manifest  the exact manifest.json bytes
 * @param chunkSize bytes per chunk (the last chunk of a file may be shorter)
 * @param files     in the manifest's file order
 */
public record DeliveryOffer(byte[] manifest, int chunkSize, List<FileChunks> files) {
    public static final int MAX_CHUNK_SIZE = 1 << 20;
    public static final int DEFAULT_CHUNK_SIZE = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param chunks sha256 of each chunk, in order */
    public record FileChunks(String path, long size, List<String> chunks) {
        public FileChunks {
            Objects.requireNonNull(path, "path");
            chunks = List.copyOf(chunks);
        }
    }

    public DeliveryOffer {
        manifest = manifest.clone();
        files = List.copyOf(files);
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException("chunkSize must be in 1.." + MAX_CHUNK_SIZE + ", was " + chunkSize);
        }
        for (FileChunks f : files) {
            long expected = Math.max(1, (f.size() + chunkSize - 1) / chunkSize);
            if (f.size() < 0 || f.chunks().size() != expected) {
                throw new IllegalArgumentException("file " + f.path() + " of " + f.size() + " bytes needs " + expected
                        + " chunks, the offer lists " + f.chunks().size());
            }
        }
    }

    @Override
    public byte[] manifest() {
        return manifest.clone();
    }

    public String manifestDigest() {
        return Sha256.of(manifest);
    }

    /** The parsed manifest. */
    public Manifest parsedManifest() throws ModelPackageException {
        return new ManifestCodec().read(manifest);
    }

    public int totalChunks() {
        return files.stream().mapToInt(f -> f.chunks().size()).sum();
    }

    public long totalBytes() {
        return files.stream().mapToLong(FileChunks::size).sum();
    }

    /** Cuts a verified package into chunks. */
    public static DeliveryOffer of(ModelPackage pkg, int chunkSize) throws ModelPackageException {
        List<FileChunks> files = new ArrayList<>();
        for (String path : pkg.manifest().files().keySet()) {
            byte[] content = pkg.read(path);
            List<String> shas = new ArrayList<>();
            for (int off = 0; off < content.length || shas.isEmpty(); off += chunkSize) {
                shas.add(Sha256.of(slice(content, off, chunkSize)));
            }
            files.add(new FileChunks(path, content.length, shas));
        }
        try {
            return new DeliveryOffer(Files.readAllBytes(pkg.directory().resolve(ModelPackage.MANIFEST_FILE)), chunkSize, files);
        } catch (IOException e) {
            throw new ModelPackageException(ModelPackageException.Kind.IO_ERROR, ModelPackage.MANIFEST_FILE, e.toString(), e);
        }
    }

    static byte[] slice(byte[] content, int offset, int chunkSize) {
        int end = Math.min(content.length, offset + chunkSize);
        byte[] out = new byte[Math.max(0, end - offset)];
        System.arraycopy(content, offset, out, 0, out.length);
        return out;
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("manifestDigest", manifestDigest());
        root.put("manifest", Base64.getEncoder().encodeToString(manifest));
        root.put("chunkSize", chunkSize);
        ArrayNode list = root.putArray("files");
        for (FileChunks f : files) {
            ObjectNode n = list.addObject();
            n.put("path", f.path());
            n.put("size", f.size());
            ArrayNode c = n.putArray("chunks");
            f.chunks().forEach(c::add);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory cannot fail", e);
        }
    }

    /**
     * Reads an offer and checks it is consistent with the manifest it carries (same files, in the same order).
     *
     * @throws MalformedOfferException with what is wrong
     */
    public static DeliveryOffer fromJson(byte[] json) throws MalformedOfferException {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MalformedOfferException("the offer is not a JSON object");
            }
            byte[] manifest = Base64.getDecoder().decode(text(root, "manifest"));
            List<FileChunks> files = new ArrayList<>();
            for (JsonNode f : root.path("files")) {
                List<String> chunks = new ArrayList<>();
                for (JsonNode c : f.path("chunks")) {
                    if (!Sha256.isHex(c.asText())) {
                        throw new MalformedOfferException("chunk digest '" + c.asText() + "' is not sha256 hex");
                    }
                    chunks.add(c.asText());
                }
                files.add(new FileChunks(text(f, "path"), f.path("size").asLong(-1), chunks));
            }
            DeliveryOffer offer = new DeliveryOffer(manifest, root.path("chunkSize").asInt(-1), files);
            if (!offer.manifestDigest().equals(root.path("manifestDigest").asText())) {
                throw new MalformedOfferException("manifestDigest does not match the manifest carried");
            }
            Map<String, String> listed = offer.parsedManifest().files();
            if (!listed.keySet().equals(new java.util.TreeSet<>(files.stream().map(FileChunks::path).toList()))
                    || listed.size() != files.size()) {
                throw new MalformedOfferException("the offer's files " + files.stream().map(FileChunks::path).toList()
                        + " differ from the manifest's " + listed.keySet());
            }
            return offer;
        } catch (IOException | IllegalArgumentException | ModelPackageException e) {
            throw new MalformedOfferException("malformed offer: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) throws MalformedOfferException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new MalformedOfferException("field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    /** An offer that cannot be used, with the reason. */
    public static final class MalformedOfferException extends Exception {
        private static final long serialVersionUID = 1L;

        public MalformedOfferException(String message) {
            super(message);
        }
    }
}
