package io.ambient.models.pkg;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The manifest of a model package (design.md §5): what the package is, what it expects and produces, the
 * sha256 of every file, and where it comes from. Serialised by {@link ManifestCodec} with a fixed key order,
 * so the same manifest always gives the same bytes and the same {@link ModelPackage#manifestDigest()}.
 *
 * @param formatVersion      version of this manifest format; readers refuse versions they do not know
 * @param id                 the model's id, e.g. {@code intent}
 * @param version            this package's version
 * @param kind               what the package contains
 * @param encoder            the encoder spec id a head expects its embeddings from (the encoder's own id for an
 *                           encoder)
 * @param embeddingSpaceId   the embedding space the package reads or writes; stored embeddings carry it
 * @param labels             output labels in output order (empty for encoders)
 * @param inputs             declared graph inputs
 * @param outputs            declared graph outputs
 * @param files              package-relative path to sha256 hex (kept sorted by path)
 * @param parentVersion      the version this one was trained from, or null for a first version
 * @param trainingDataDigest sha256 hex of the training data
 * @param metrics            evaluation metrics by name (kept sorted by name), all finite
 * @param createdAt          ISO-8601 instant; callers pass a fixed value for reproducible packages
 * @param signature          signature over {@link ManifestCodec#signingBytes}, or null when unsigned (issue 6)
 */
public record Manifest(
        int formatVersion, String id, SemanticVersion version, ModelKind kind, String encoder, String embeddingSpaceId,
        List<String> labels, List<TensorSchema> inputs, List<TensorSchema> outputs, Map<String, String> files,
        SemanticVersion parentVersion, String trainingDataDigest, Map<String, Double> metrics, String createdAt,
        String signature) {

    /** The only manifest format this code reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Manifest {
        require(formatVersion == FORMAT_VERSION, "formatVersion must be " + FORMAT_VERSION + ", was " + formatVersion);
        require(id != null && ID.matcher(id).matches(), "id must be lower-case letters, digits, . _ -; was '" + id + "'");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        require(encoder != null && !encoder.isBlank(), "encoder must not be blank");
        require(embeddingSpaceId != null && !embeddingSpaceId.isBlank(), "embeddingSpaceId must not be blank");
        labels = List.copyOf(labels);
        require(labels.stream().distinct().count() == labels.size(), "labels must be distinct");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        files = sortedCopy(files);
        files.forEach((path, sha) -> {
            String problem = PackagePaths.problem(path);
            require(problem == null, "file '" + path + "': " + problem);
            require(Sha256.isHex(sha), "sha256 of '" + path + "' must be 64 lower-case hex digits");
        });
        require(parentVersion == null || version.isNewerThan(parentVersion),
                "version " + version + " must be newer than its parent " + parentVersion);
        require(Sha256.isHex(trainingDataDigest), "trainingDataDigest must be 64 lower-case hex digits");
        metrics = sortedCopy(metrics);
        metrics.forEach((name, value) -> require(value != null && Double.isFinite(value), "metric '" + name + "' must be finite"));
        requireInstant(createdAt);
        require(signature == null || !signature.isBlank(), "signature must be null or non-blank");
    }

    public Optional<SemanticVersion> parent() {
        return Optional.ofNullable(parentVersion);
    }

    public Optional<String> signatureValue() {
        return Optional.ofNullable(signature);
    }

    /** {@code id@version}, as traces and reports name a model. */
    public String coordinates() {
        return id + "@" + version;
    }

    public Manifest withFiles(Map<String, String> value) {
        return new Manifest(formatVersion, id, version, kind, encoder, embeddingSpaceId, labels, inputs, outputs,
                new TreeMap<>(value), parentVersion, trainingDataDigest, metrics, createdAt, signature);
    }

    public Manifest withSignature(String value) {
        return new Manifest(formatVersion, id, version, kind, encoder, embeddingSpaceId, labels, inputs, outputs,
                files, parentVersion, trainingDataDigest, metrics, createdAt, value);
    }

    private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map) {
        Objects.requireNonNull(map, "map");
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    private static void requireInstant(String createdAt) {
        try {
            Instant.parse(Objects.requireNonNull(createdAt, "createdAt"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("createdAt must be an ISO-8601 instant, was '" + createdAt + "'", e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
