package io.ambient.models.trust;

import io.ambient.models.pkg.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys as text: a public key is the base64 of its X.509 encoding (one line, fit for a configuration
 * file), a private key the base64 of its PKCS#8 encoding. A key's id is the first 16 hex digits of the sha256 of
 * its public encoding; signatures name the id so a hub trusting several keys knows which one to use.
 */
public final class SigningKeys {
    static final String ALGORITHM = "Ed25519";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The id signatures name: 16 hex digits of the sha256 of the public key's encoding. */
    public static String keyId(PublicKey key) {
        return Sha256.of(key.getEncoded()).substring(0, 16);
    }

    /** @throws InvalidKeyTextException the text is not a base64 X.509 Ed25519 public key */
    public static PublicKey publicKey(String text) throws InvalidKeyTextException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyTextException("not an Ed25519 public key (base64 of its X.509 encoding): " + e.getMessage(), e);
        }
    }

    /** @throws InvalidKeyTextException the text is not a base64 PKCS#8 Ed25519 private key */
    public static PrivateKey privateKey(String text) throws InvalidKeyTextException {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyTextException("not an Ed25519 private key (base64 of its PKCS#8 encoding): " + e.getMessage(), e);
        }
    }

    /** Reads a key file: the base64 text on the first line that is not blank and not a '#' comment. */
    public static String readKeyText(Path file) throws IOException, InvalidKeyTextException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return t;
            }
        }
        throw new InvalidKeyTextException(file + " holds no key (only blank or '#' lines)", null);
    }

    /**
     * Reads a private key file as {@code ./ambient models keygen} writes it: the private key's base64 on the first
     * key line, its public key's base64 on the second (the JDK cannot derive an Ed25519 public key from a
     * private one).
     */
    public static KeyPair readKeyPair(Path file) throws IOException, InvalidKeyTextException {
        java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.size() != 2) {
            throw new InvalidKeyTextException(file + " must hold two key lines (private, then public), has " + lines.size(), null);
        }
        return new KeyPair(publicKey(lines.get(1)), privateKey(lines.get(0)));
    }

    /** The text of a private key file: a comment, the private key, its public key. */
    public static String privateKeyFile(KeyPair pair, String comment) {
        return "# " + comment + "\n" + encode(pair.getPrivate()) + "\n" + encode(pair.getPublic()) + "\n";
    }

    private static byte[] decode(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty key text");
        }
        return Base64.getDecoder().decode(text.strip());
    }

    /** A key could not be read from its text. */
    public static final class InvalidKeyTextException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidKeyTextException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
