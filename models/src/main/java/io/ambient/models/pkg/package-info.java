/**
 * Model packages (design.md §5): a directory with {@code manifest.json} and the files it lists.
 *
 * <ul>
 *   <li>{@link io.ambient.models.pkg.Manifest}: id, {@link io.ambient.models.pkg.SemanticVersion}, {@link
 *       io.ambient.models.pkg.ModelKind}, encoder and embedding space, labels, input/output
 *       {@link io.ambient.models.pkg.TensorSchema}s, sha256 of every file, parent version, training data digest,
 *       metrics, creation time, signature. {@link io.ambient.models.pkg.ManifestCodec} writes it with a fixed
 *       key order (same manifest, same bytes, same digest) and reads it strictly.</li>
 *   <li>{@link io.ambient.models.pkg.ModelPackageWriter}: atomic write (temporary directory, fsync, rename).</li>
 *   <li>{@link io.ambient.models.pkg.ModelPackageReader}: verifies a directory and returns a
 *       {@link io.ambient.models.pkg.ModelPackage}, whose file reads are verified again; every refusal is a
 *       {@link io.ambient.models.pkg.ModelPackageException} with a {@link io.ambient.models.pkg.ModelPackageException.Kind}.</li>
 * </ul>
 *
 * <p>Signatures (issue 6) cover {@link io.ambient.models.pkg.ManifestCodec#signingBytes}, the manifest without
 * its signature field; this package stores the signature but does not check it yet.
 */
package io.ambient.models.pkg;
