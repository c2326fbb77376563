package io.ambient.models.trust;

import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ManifestCodec;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs manifests with one Ed25519 key. The signature field reads {@code ed25519:<key id>:<base64 signature>}
 * and covers {@link ManifestCodec#signingBytes}: every field but the signature, in canonical form.
 */
public final class ManifestSigner {
    static final String SCHEME = "ed25519";

    private final PrivateKey privateKey;
    private final String keyId;
    private final ManifestCodec codec = new ManifestCodec();

    public ManifestSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.keyId = SigningKeys.keyId(Objects.requireNonNull(publicKey, "publicKey"));
    }

    /** The same manifest with its signature set (any earlier signature replaced). */
    public Manifest sign(Manifest manifest) {
        try {
            Signature s = Signature.getInstance(SigningKeys.ALGORITHM);
            s.initSign(privateKey);
            s.update(codec.signingBytes(manifest));
            return manifest.withSignature(SCHEME + ":" + keyId + ":" + Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with an Ed25519 key failed", e);
        }
    }

    public String keyId() {
        return keyId;
    }
}
