package io.ambient.models.trust;

import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ManifestCodec;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageException.Kind;
import io.ambient.models.pkg.ModelPackage;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public keys a hub trusts to sign model updates, and the check itself. Immutable; thread-safe.
 */
public final class TrustedKeys {
    private final Map<String, PublicKey> byId;
    private final ManifestCodec codec = new ManifestCodec();

    public TrustedKeys(Collection<PublicKey> keys) {
        Map<String, PublicKey> m = new TreeMap<>();
        for (PublicKey k : keys) {
            m.put(SigningKeys.keyId(k), k);
        }
        this.byId = Map.copyOf(m);
    }

    public static TrustedKeys none() {
        return new TrustedKeys(Set.of());
    }

    public Set<String> keyIds() {
        return byId.keySet();
    }

    /**
     * Passes only if the manifest is signed, by a trusted key, and the signature verifies over its canonical
     * bytes.
     *
     * @throws ModelPackageException UNSIGNED, UNTRUSTED_KEY or BAD_SIGNATURE, with the reason in words
     */
    public void verify(Manifest manifest) throws ModelPackageException {
        String signature = manifest.signature();
        if (signature == null) {
            throw fault(Kind.UNSIGNED, manifest.coordinates() + " is not signed; this hub installs only signed packages");
        }
        String[] parts = signature.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(ManifestSigner.SCHEME)) {
            throw fault(Kind.BAD_SIGNATURE, "the signature of " + manifest.coordinates()
                    + " is not of the form ed25519:<key id>:<base64>");
        }
        PublicKey key = byId.get(parts[1]);
        if (key == null) {
            throw fault(Kind.UNTRUSTED_KEY, manifest.coordinates() + " is signed by key " + parts[1]
                    + ", which this hub does not trust (trusted: " + byId.keySet() + ")");
        }
        try {
            Signature s = Signature.getInstance(SigningKeys.ALGORITHM);
            s.initVerify(key);
            s.update(codec.signingBytes(manifest));
            if (!s.verify(Base64.getDecoder().decode(parts[2]))) {
                throw fault(Kind.BAD_SIGNATURE, "the signature of " + manifest.coordinates()
                        + " does not match its manifest: the package was changed after signing");
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw fault(Kind.BAD_SIGNATURE, "the signature of " + manifest.coordinates() + " cannot be read: " + e.getMessage());
        }
    }

    private static ModelPackageException fault(Kind kind, String message) {
        return new ModelPackageException(kind, ModelPackage.MANIFEST_FILE, message);
    }
}
