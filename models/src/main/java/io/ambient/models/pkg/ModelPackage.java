package io.ambient.models.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model package that passed every check of {@link ModelPackageReader} (or was just written by
 * {@link ModelPackageWriter}). File access re-verifies each file's sha256 as it reads it, so a file changed
 * on disk after the package was opened is refused rather than loaded.
 */
public final class ModelPackage {

    /** The manifest's file name in every package. */
    public static final String MANIFEST_FILE = "manifest.json";

    private final Path directory;
    private final Manifest manifest;
    private final String manifestDigest;
    private final long maxFileBytes;

    ModelPackage(Path directory, Manifest manifest, String manifestDigest, long maxFileBytes) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.manifestDigest = Objects.requireNonNull(manifestDigest, "manifestDigest");
        this.maxFileBytes = maxFileBytes;
    }

    public Path directory() {
        return directory;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** sha256 hex of the manifest.json bytes: identifies this exact package (it covers every file's digest). */
    public String manifestDigest() {
        return manifestDigest;
    }

    /**
     * The bytes of a listed file, verified against the manifest.
     *
     * @throws ModelPackageException MISSING_FILE if the manifest does not list it or it is gone, UNSAFE_PATH if
     *                               it became a link, OVERSIZE, DIGEST_MISMATCH if its content changed, IO_ERROR
     */
    public byte[] read(String path) throws ModelPackageException {
        String expected = manifest.files().get(path);
        if (expected == null) {
            throw new ModelPackageException(ModelPackageException.Kind.MISSING_FILE, path,
                    "the manifest of " + manifest.coordinates() + " does not list this file");
        }
        Path file = directory.resolve(path);
        try {
            if (Files.isSymbolicLink(file)) {
                throw new ModelPackageException(ModelPackageException.Kind.UNSAFE_PATH, path, "is a symbolic link");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ModelPackageException(ModelPackageException.Kind.MISSING_FILE, path, "is not in the package");
            }
            if (Files.size(file) > maxFileBytes) {
                throw new ModelPackageException(ModelPackageException.Kind.OVERSIZE, path, "is larger than " + maxFileBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String actual = Sha256.of(bytes);
            if (!actual.equals(expected)) {
                throw new ModelPackageException(ModelPackageException.Kind.DIGEST_MISMATCH, path,
                        "sha256 is " + actual + ", the manifest says " + expected);
            }
            return bytes;
        } catch (IOException e) {
            throw new ModelPackageException(ModelPackageException.Kind.IO_ERROR, path, e.toString(), e);
        }
    }

    @Override
    public String toString() {
        return "ModelPackage[" + manifest.coordinates() + " at " + directory + "]";
    }
}
