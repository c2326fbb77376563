package io.ambient.models.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ambient.models.pkg.ModelPackageException.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPackageTest {

    @TempDir
    Path dir;

    private final ModelPackageWriter writer = new ModelPackageWriter();
    private final ModelPackageReader reader = new ModelPackageReader();

    static Manifest manifest() {
        return new Manifest(Manifest.FORMAT_VERSION, "intent", new SemanticVersion(1, 2, 0), ModelKind.INTENT_HEAD,
                "all-minilm-l6-v2-q", "minilm-l6-v2-q@1", List.of("lights_on", "lights_off"),
                List.of(TensorSchema.floatMatrix("embedding", 384)), List.of(TensorSchema.floatMatrix("probabilities", 2)),
                Map.of(), new SemanticVersion(1, 1, 0), Sha256.of("training".getBytes(StandardCharsets.UTF_8)),
                Map.of("accuracy", 0.95, "negative_flip_rate", 0.0), "2026-01-01T00:00:00Z", null);
    }

    static Map<String, byte[]> files() {
        return Map.of("head.onnx", new byte[] {1, 2, 3}, "extra/notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    }

    private Path written() throws ModelPackageException {
        return writer.write(dir.resolve("pkg"), manifest(), files()).directory();
    }

    @Test
    void write_thenRead_roundTripsManifestAndVerifiedFiles() throws Exception {
        ModelPackage out = writer.write(dir.resolve("pkg"), manifest(), files());
        ModelPackage in = reader.read(dir.resolve("pkg"));
        assertEquals(out.manifest(), in.manifest());
        assertEquals(out.manifestDigest(), in.manifestDigest());
        assertEquals(Sha256.of(Files.readAllBytes(dir.resolve("pkg/manifest.json"))), in.manifestDigest());
        assertArrayEquals(new byte[] {1, 2, 3}, in.read("head.onnx"));
        assertEquals(Sha256.of(new byte[] {1, 2, 3}), in.manifest().files().get("head.onnx"));
        assertEquals(new SemanticVersion(1, 1, 0), in.manifest().parentVersion());
    }

    @Test
    void write_sameInputsTwice_sameManifestBytesAndDigest() throws Exception {
        ModelPackage a = writer.write(dir.resolve("a"), manifest(), files());
        ModelPackage b = writer.write(dir.resolve("b"), manifest(), files());
        assertEquals(a.manifestDigest(), b.manifestDigest());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/manifest.json")), Files.readAllBytes(dir.resolve("b/manifest.json")));
    }

    @Test
    void write_leavesOnlyThePackageBehind() throws Exception {
        written();
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("pkg")), entries.toList());
        }
    }

    @Test
    void write_existingTarget_throwsTargetExists() throws Exception {
        written();
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> written());
        assertEquals(Kind.TARGET_EXISTS, e.kind());
    }

    @Test
    void write_traversalFileName_throwsUnsafePath() {
        ModelPackageException e = assertThrows(ModelPackageException.class,
                () -> writer.write(dir.resolve("pkg"), manifest(), Map.of("../escape.onnx", new byte[] {1})));
        assertEquals(Kind.UNSAFE_PATH, e.kind());
        assertFalse(Files.exists(dir.resolve("pkg")));
    }

    @Test
    void read_tamperedFile_throwsDigestMismatchNamingTheFile() throws Exception {
        Path pkg = written();
        Files.write(pkg.resolve("head.onnx"), new byte[] {1, 2, 4});
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> reader.read(pkg));
        assertEquals(Kind.DIGEST_MISMATCH, e.kind());
        assertEquals("head.onnx", e.file().orElseThrow());
    }

    @Test
    void read_fileTamperedAfterOpening_throwsDigestMismatchOnRead() throws Exception {
        Path pkg = written();
        ModelPackage opened = reader.read(pkg);
        Files.write(pkg.resolve("head.onnx"), new byte[] {9});
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> opened.read("head.onnx"));
        assertEquals(Kind.DIGEST_MISMATCH, e.kind());
    }

    @Test
    void read_missingFile_throwsMissingFile() throws Exception {
        Path pkg = written();
        Files.delete(pkg.resolve("extra/notes.txt"));
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> reader.read(pkg));
        assertEquals(Kind.MISSING_FILE, e.kind());
        assertEquals("extra/notes.txt", e.file().orElseThrow());
    }

    @Test
    void read_extraFile_throwsUnexpectedFile() throws Exception {
        Path pkg = written();
        Files.write(pkg.resolve("extra/smuggled.onnx"), new byte[] {0});
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> reader.read(pkg));
        assertEquals(Kind.UNEXPECTED_FILE, e.kind());
        assertEquals("extra/smuggled.onnx", e.file().orElseThrow());
    }

    @Test
    void read_missingManifest_throwsMissingManifest() throws Exception {
        Path pkg = written();
        Files.delete(pkg.resolve("manifest.json"));
        assertEquals(Kind.MISSING_MANIFEST, assertThrows(ModelPackageException.class, () -> reader.read(pkg)).kind());
    }

    @Test
    void read_noDirectory_throwsNotFound() {
        assertEquals(Kind.NOT_FOUND, assertThrows(ModelPackageException.class, () -> reader.read(dir.resolve("none"))).kind());
    }

    @Test
    void read_manifestNotJson_throwsMalformed() throws Exception {
        Path pkg = written();
        Files.writeString(pkg.resolve("manifest.json"), "{ not json");
        assertEquals(Kind.MALFORMED_MANIFEST, assertThrows(ModelPackageException.class, () -> reader.read(pkg)).kind());
    }

    @Test
    void read_manifestMissingField_throwsMalformedNamingIt() throws Exception {
        Path pkg = written();
        rewriteManifest(pkg, "\"trainingDataDigest\"", "\"trainingDataDigestX\"");
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> reader.read(pkg));
        assertEquals(Kind.MALFORMED_MANIFEST, e.kind());
        assertTrue(e.getMessage().contains("trainingDataDigestX"), e.getMessage());
    }

    @Test
    void read_manifestBadVersion_throwsMalformed() throws Exception {
        Path pkg = written();
        rewriteManifest(pkg, "\"1.2.0\"", "\"1.2\"");
        assertEquals(Kind.MALFORMED_MANIFEST, assertThrows(ModelPackageException.class, () -> reader.read(pkg)).kind());
    }

    @Test
    void read_unknownFormatVersion_throwsUnsupportedFormatVersion() throws Exception {
        Path pkg = written();
        rewriteManifest(pkg, "\"formatVersion\" : 1", "\"formatVersion\" : 2");
        assertEquals(Kind.UNSUPPORTED_FORMAT_VERSION, assertThrows(ModelPackageException.class, () -> reader.read(pkg)).kind());
    }

    @Test
    void read_traversalPathInManifest_throwsUnsafePath() throws Exception {
        Path pkg = written();
        rewriteManifest(pkg, "\"extra/notes.txt\"", "\"../notes.txt\"");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> reader.read(pkg));
        assertEquals(Kind.UNSAFE_PATH, e.kind());
        assertEquals("../notes.txt", e.file().orElseThrow());
    }

    @Test
    void read_symbolicLinkInsteadOfFile_throwsUnsafePath() throws Exception {
        Path pkg = written();
        Path target = dir.resolve("outside.onnx");
        Files.write(target, new byte[] {1, 2, 3});
        Files.delete(pkg.resolve("head.onnx"));
        Files.createSymbolicLink(pkg.resolve("head.onnx"), target);
        assertEquals(Kind.UNSAFE_PATH, assertThrows(ModelPackageException.class, () -> reader.read(pkg)).kind());
    }

    @Test
    void read_fileOverLimit_throwsOversize() throws Exception {
        Path pkg = written();
        ModelPackageReader strict = new ModelPackageReader(new ModelPackageReader.Limits(1 << 20, 4, 10));
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> strict.read(pkg));
        assertEquals(Kind.OVERSIZE, e.kind());
        assertEquals("extra/notes.txt", e.file().orElseThrow());
    }

    @Test
    void read_signedManifest_keepsSignatureOutOfSigningBytes() throws Exception {
        Manifest signed = manifest().withSignature("c2lnbmF0dXJl");
        ModelPackage pkg = writer.write(dir.resolve("pkg"), signed, files());
        Manifest read = reader.read(pkg.directory()).manifest();
        assertEquals("c2lnbmF0dXJl", read.signature());
        ManifestCodec codec = new ManifestCodec();
        assertArrayEquals(codec.signingBytes(read), codec.write(read.withSignature(null)));
        assertFalse(new String(codec.signingBytes(read), StandardCharsets.UTF_8).contains("signature"));
    }

    @Test
    void manifest_versionNotNewerThanParent_throws() {
        Manifest m = manifest();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Manifest(m.formatVersion(),
                m.id(), new SemanticVersion(1, 0, 0), m.kind(), m.encoder(), m.embeddingSpaceId(), m.labels(), m.inputs(),
                m.outputs(), m.files(), new SemanticVersion(1, 1, 0), m.trainingDataDigest(), m.metrics(), m.createdAt(), null));
        assertTrue(e.getMessage().contains("1.1.0"), e.getMessage());
    }

    @Test
    void semanticVersion_compare_isNumericNotTextual() {
        assertTrue(SemanticVersion.parse("1.10.0").isNewerThan(SemanticVersion.parse("1.9.3")));
        assertEquals(0, SemanticVersion.parse("2.0.1").compareTo(new SemanticVersion(2, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("01.2.3"));
        assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("1.2.3-beta"));
    }

    private static void rewriteManifest(Path pkg, String from, String to) throws Exception {
        Path manifest = pkg.resolve("manifest.json");
        String text = Files.readString(manifest);
        assertTrue(text.contains(from), "manifest does not contain " + from + ":\n" + text);
        Files.writeString(manifest, text.replace(from, to));
    }
}
