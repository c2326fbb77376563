/**
 * Who may change the model a hub serves. A package delivered over the air is trusted only if its manifest
 * carries an Ed25519 signature, by a key the hub was configured to trust, over the manifest's canonical bytes
 * ({@link io.ambient.models.pkg.ManifestCodec#signingBytes}). Since the manifest lists the sha256 of every file,
 * the signature covers the whole package.
 *
 * <p>Use {@link io.ambient.models.trust.SigningKeys} to make and read key files,
 * {@link io.ambient.models.trust.ManifestSigner} to sign a package and
 * {@link io.ambient.models.trust.TrustedKeys} to check one. Uses only the JDK's own Ed25519.
 */
package io.ambient.models.trust;
