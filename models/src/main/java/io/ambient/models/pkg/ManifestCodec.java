package io.ambient.models.pkg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * manifest.json, both ways. Writing uses a fixed key order, two-space indentation and '\n' line ends, so the
 * bytes depend only on the manifest. Reading is strict: unknown, missing, duplicate or mistyped fields are
 * {@link ModelPackageException.Kind#MALFORMED_MANIFEST}, an unknown {@code formatVersion} is
 * {@link ModelPackageException.Kind#UNSUPPORTED_FORMAT_VERSION}. Stateless; thread-safe.
 */
public final class ManifestCodec {

    private static final Set<String> FIELDS = Set.of("formatVersion", "id", "version", "kind", "encoder",
            "embeddingSpaceId", "labels", "inputs", "outputs", "files", "parentVersion", "trainingDataDigest",
            "metrics", "createdAt", "signature");
    private static final Set<String> SCHEMA_FIELDS = Set.of("name", "elementType", "shape");

    private final JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final ObjectMapper mapper = new ObjectMapper(factory);

    public byte[] write(Manifest manifest) {
        return write(manifest, true);
    }

    /** The bytes a signature covers: the manifest as written, without its signature field. */
    public byte[] signingBytes(Manifest manifest) {
        return write(manifest, false);
    }

    private byte[] write(Manifest m, boolean withSignature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeNumberField("formatVersion", m.formatVersion());
            g.writeStringField("id", m.id());
            g.writeStringField("version", m.version().toString());
            g.writeStringField("kind", m.kind().name());
            g.writeStringField("encoder", m.encoder());
            g.writeStringField("embeddingSpaceId", m.embeddingSpaceId());
            writeStrings(g, "labels", m.labels());
            writeSchemas(g, "inputs", m.inputs());
            writeSchemas(g, "outputs", m.outputs());
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, String> e : m.files().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (m.parentVersion() != null) {
                g.writeStringField("parentVersion", m.parentVersion().toString());
            }
            g.writeStringField("trainingDataDigest", m.trainingDataDigest());
            g.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("createdAt", m.createdAt());
            if (withSignature && m.signature() != null) {
                g.writeStringField("signature", m.signature());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeSchemas(JsonGenerator g, String name, List<TensorSchema> schemas) throws IOException {
        g.writeArrayFieldStart(name);
        for (TensorSchema s : schemas) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("elementType", s.elementType());
            g.writeArrayFieldStart("shape");
            for (long d : s.shape()) {
                g.writeNumber(d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public Manifest read(byte[] json) throws ModelPackageException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw malformed("not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw malformed("the manifest must be a JSON object", null);
        }
        JsonNode format = root.get("formatVersion");
        if (format == null || !format.canConvertToInt() || !format.isIntegralNumber()) {
            throw malformed("formatVersion is missing or not an integer", null);
        }
        if (format.intValue() != Manifest.FORMAT_VERSION) {
            throw new ModelPackageException(ModelPackageException.Kind.UNSUPPORTED_FORMAT_VERSION, PackagePaths.MANIFEST,
                    "formatVersion " + format.asText() + " is not supported (this reader knows " + Manifest.FORMAT_VERSION + ")");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw malformed("unknown field '" + field + "'", null);
            }
        }
        JsonNode files = root.get("files");
        if (files != null && files.isObject()) {
            // A traversal attempt is reported as such, not as a generic malformed manifest.
            for (Iterator<String> it = files.fieldNames(); it.hasNext(); ) {
                PackagePaths.check(it.next());
            }
        }
        try {
            return toManifest(root);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage(), e);
        }
    }

    private static Manifest toManifest(JsonNode root) {
        String parent = optionalText(root, "parentVersion");
        return new Manifest(
                root.get("formatVersion").intValue(),
                text(root, "id"),
                SemanticVersion.parse(text(root, "version")),
                kind(text(root, "kind")),
                text(root, "encoder"),
                text(root, "embeddingSpaceId"),
                strings(field(root, "labels"), "labels"),
                schemas(field(root, "inputs"), "inputs"),
                schemas(field(root, "outputs"), "outputs"),
                textMap(field(root, "files"), "files"),
                parent == null ? null : SemanticVersion.parse(parent),
                text(root, "trainingDataDigest"),
                numberMap(field(root, "metrics"), "metrics"),
                text(root, "createdAt"),
                optionalText(root, "signature"));
    }

    private static ModelKind kind(String value) {
        try {
            return ModelKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + value + "'", e);
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' must be a string");
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : text(node, name);
    }

    private static List<String> strings(JsonNode array, String name) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' must be an array");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("field '" + name + "' must hold strings only");
            }
            out.add(item.textValue());
        }
        return out;
    }

    private static List<TensorSchema> schemas(JsonNode array, String name) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' must be an array");
        }
        List<TensorSchema> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new IllegalArgumentException("field '" + name + "' must hold objects");
            }
            item.fieldNames().forEachRemaining(f -> {
                if (!SCHEMA_FIELDS.contains(f)) {
                    throw new IllegalArgumentException("unknown field '" + f + "' in " + name);
                }
            });
            List<Long> shape = new ArrayList<>();
            JsonNode dims = field(item, "shape");
            if (!dims.isArray()) {
                throw new IllegalArgumentException("shape in " + name + " must be an array");
            }
            for (JsonNode d : dims) {
                if (!d.isIntegralNumber() || !d.canConvertToLong()) {
                    throw new IllegalArgumentException("shape in " + name + " must hold integers");
                }
                shape.add(d.longValue());
            }
            out.add(new TensorSchema(text(item, "name"), text(item, "elementType"), shape));
        }
        return out;
    }

    private static TreeMap<String, String> textMap(JsonNode object, String name) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("field '" + name + "' must be an object");
        }
        TreeMap<String, String> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), text(object, e.getKey())));
        return out;
    }

    private static TreeMap<String, Double> numberMap(JsonNode object, String name) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("field '" + name + "' must be an object");
        }
        TreeMap<String, Double> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> {
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException("metric '" + e.getKey() + "' must be a number");
            }
            out.put(e.getKey(), e.getValue().doubleValue());
        });
        return out;
    }

    private static ModelPackageException malformed(String message, Throwable cause) {
        return new ModelPackageException(ModelPackageException.Kind.MALFORMED_MANIFEST, PackagePaths.MANIFEST, message, cause);
    }
}
