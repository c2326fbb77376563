package io.ambient.models.trust;

import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ManifestCodec;
import io.ambient.models.pkg.ModelKind;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.pkg.ModelPackageWriter;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.pkg.Sha256;
import io.ambient.models.pkg.TensorSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustedKeysTest {
    @TempDir
    Path dir;

    private final KeyPair key = SigningKeys.generate();
    private final ManifestSigner signer = new ManifestSigner(key.getPrivate(), key.getPublic());
    private final TrustedKeys trusted = new TrustedKeys(List.of(key.getPublic()));

    static Manifest manifest(String version) {
        return new Manifest(Manifest.FORMAT_VERSION, "intent", SemanticVersion.parse(version), ModelKind.INTENT_HEAD,
                "all-minilm-l6-v2-q", "all-minilm-l6-v2-q", List.of("a", "b"),
                List.of(TensorSchema.floatMatrix("embedding", 384)), List.of(TensorSchema.floatMatrix("probabilities", 2)),
                Map.of(), null, Sha256.of("t".getBytes(StandardCharsets.UTF_8)), Map.of("accuracy", 0.9),
                "2026-01-01T00:00:00Z", null);
    }

    @Test
    void verify_signedByTrustedKey_passes() throws Exception {
        trusted.verify(signer.sign(manifest("2.0.0")));
    }

    @Test
    void verify_unsigned_isRejectedAsUnsigned() {
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> trusted.verify(manifest("2.0.0")));
        assertEquals(ModelPackageException.Kind.UNSIGNED, e.kind());
        assertTrue(e.getMessage().contains("not signed"), e.getMessage());
    }

    @Test
    void verify_fieldChangedAfterSigning_isRejectedAsBadSignature() {
        Manifest signed = signer.sign(manifest("2.0.0"));
        Manifest tampered = new Manifest(signed.formatVersion(), signed.id(), SemanticVersion.parse("2.0.1"), signed.kind(),
                signed.encoder(), signed.embeddingSpaceId(), signed.labels(), signed.inputs(), signed.outputs(),
                signed.files(), signed.parentVersion(), signed.trainingDataDigest(), signed.metrics(), signed.createdAt(),
                signed.signature());
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> trusted.verify(tampered));
        assertEquals(ModelPackageException.Kind.BAD_SIGNATURE, e.kind());
        assertTrue(e.getMessage().contains("changed after signing"), e.getMessage());
    }

    @Test
    void verify_otherKey_isRejectedAsUntrusted() {
        KeyPair stranger = SigningKeys.generate();
        Manifest signed = new ManifestSigner(stranger.getPrivate(), stranger.getPublic()).sign(manifest("2.0.0"));
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> trusted.verify(signed));
        assertEquals(ModelPackageException.Kind.UNTRUSTED_KEY, e.kind());
    }

    @Test
    void verify_garbledSignature_isRejectedAsBadSignature() {
        Manifest garbled = manifest("2.0.0").withSignature("ed25519:" + SigningKeys.keyId(key.getPublic()) + ":!!notbase64");
        assertEquals(ModelPackageException.Kind.BAD_SIGNATURE,
                assertThrows(ModelPackageException.class, () -> trusted.verify(garbled)).kind());
        assertEquals(ModelPackageException.Kind.BAD_SIGNATURE,
                assertThrows(ModelPackageException.class, () -> trusted.verify(manifest("2.0.0").withSignature("rsa:x:y"))).kind());
    }

    @Test
    void signInPlace_thenTamperFile_readerRejectsDigest_andSignatureStillCoversDigests() throws Exception {
        ModelPackage pkg = new ModelPackageWriter().write(dir.resolve("p"), manifest("2.0.0"),
                Map.of("head.onnx", new byte[] {1, 2, 3}));
        ModelPackage signed = PackageSigning.sign(pkg.directory(), signer);
        trusted.verify(signed.manifest());
        Files.write(dir.resolve("p/head.onnx"), new byte[] {1, 2, 4});
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> new ModelPackageReader().read(dir.resolve("p")));
        assertEquals(ModelPackageException.Kind.DIGEST_MISMATCH, e.kind());
        // Rewriting the listed digest to match the tampered file breaks the signature instead.
        byte[] json = Files.readAllBytes(dir.resolve("p/manifest.json"));
        String forged = new String(json, StandardCharsets.UTF_8).replace(Sha256.of(new byte[] {1, 2, 3}), Sha256.of(new byte[] {1, 2, 4}));
        Manifest forgedManifest = new ManifestCodec().read(forged.getBytes(StandardCharsets.UTF_8));
        assertEquals(ModelPackageException.Kind.BAD_SIGNATURE,
                assertThrows(ModelPackageException.class, () -> trusted.verify(forgedManifest)).kind());
    }

    @Test
    void keyFiles_roundTrip() throws Exception {
        Path file = dir.resolve("k.ed25519");
        Files.writeString(file, SigningKeys.privateKeyFile(key, "test"));
        KeyPair read = SigningKeys.readKeyPair(file);
        Manifest signed = new ManifestSigner(read.getPrivate(), read.getPublic()).sign(manifest("2.0.0"));
        new TrustedKeys(List.of(SigningKeys.publicKey(SigningKeys.encode(key.getPublic())))).verify(signed);
        assertThrows(SigningKeys.InvalidKeyTextException.class, () -> SigningKeys.publicKey("not a key"));
    }
}
