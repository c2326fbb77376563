package io.ambient.models.pkg;

import io.ambient.models.pkg.ModelPackageException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Opens a model package directory and verifies it before anyone uses it: the manifest parses and has a known
 * format version, every file name is safe, every listed file exists, is a regular file within the size
 * limit and has the listed sha256, and nothing else is in the directory. Any failure is a
 * {@link ModelPackageException} whose {@link ModelPackageException#kind()} names the check.
 *
 * <p>Stateless apart from its limits; thread-safe.
 */
public final class ModelPackageReader {

    /**
     * Size limits: a package from over the air is untrusted, and a 10 GB "head" must be refused, not hashed.
     *
     * @param maxManifestBytes largest manifest.json accepted
     * @param maxFileBytes     largest single file accepted
     * @param maxFiles         most files a manifest may list
     */
    public record Limits(long maxManifestBytes, long maxFileBytes, int maxFiles) {
        public Limits {
            if (maxManifestBytes <= 0 || maxFileBytes <= 0 || maxFiles <= 0) {
                throw new IllegalArgumentException("limits must be positive: " + maxManifestBytes + ", " + maxFileBytes + ", " + maxFiles);
            }
        }

        /** 1 MiB manifest, 512 MiB per file (an encoder is ~30 MB), 256 files. */
        public static Limits defaults() {
            return new Limits(1L << 20, 512L << 20, 256);
        }
    }

    private final Limits limits;
    private final ManifestCodec codec = new ManifestCodec();

    public ModelPackageReader() {
        this(Limits.defaults());
    }

    public ModelPackageReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ModelPackage read(Path directory) throws ModelPackageException {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new ModelPackageException(Kind.NOT_FOUND, null, "no package directory at " + directory);
        }
        try {
            byte[] manifestBytes = readManifest(directory);
            Manifest manifest = codec.read(manifestBytes);
            if (manifest.files().size() > limits.maxFiles()) {
                throw new ModelPackageException(Kind.OVERSIZE, PackagePaths.MANIFEST,
                        "lists " + manifest.files().size() + " files, the limit is " + limits.maxFiles());
            }
            rejectUnlisted(directory, manifest.files().keySet());
            for (Map.Entry<String, String> file : manifest.files().entrySet()) {
                verify(directory, file.getKey(), file.getValue());
            }
            return new ModelPackage(directory, manifest, Sha256.of(manifestBytes), limits.maxFileBytes());
        } catch (IOException e) {
            throw new ModelPackageException(Kind.IO_ERROR, null, "reading " + directory + ": " + e, e);
        }
    }

    private byte[] readManifest(Path directory) throws IOException, ModelPackageException {
        Path manifest = directory.resolve(PackagePaths.MANIFEST);
        if (Files.isSymbolicLink(manifest)) {
            throw new ModelPackageException(Kind.UNSAFE_PATH, PackagePaths.MANIFEST, "is a symbolic link");
        }
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new ModelPackageException(Kind.MISSING_MANIFEST, PackagePaths.MANIFEST, "no manifest.json in " + directory);
        }
        if (Files.size(manifest) > limits.maxManifestBytes()) {
            throw new ModelPackageException(Kind.OVERSIZE, PackagePaths.MANIFEST,
                    "is larger than " + limits.maxManifestBytes() + " bytes");
        }
        return Files.readAllBytes(manifest);
    }

    /** Every entry in the tree must be the manifest, a listed file, or a directory on the way to one. */
    private static void rejectUnlisted(Path directory, Set<String> listed) throws IOException, ModelPackageException {
        Set<String> allowedDirectories = new TreeSet<>();
        for (String path : listed) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                allowedDirectories.add(path.substring(0, slash));
            }
        }
        try (Stream<Path> entries = Files.walk(directory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (entry.equals(directory)) {
                    continue;
                }
                String relative = directory.relativize(entry).toString().replace('\\', '/');
                boolean directoryOnTheWay = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && allowedDirectories.contains(relative);
                if (!relative.equals(PackagePaths.MANIFEST) && !listed.contains(relative) && !directoryOnTheWay) {
                    throw new ModelPackageException(Kind.UNEXPECTED_FILE, relative, "is not listed in the manifest");
                }
            }
        }
    }

    private void verify(Path directory, String path, String expectedSha) throws IOException, ModelPackageException {
        Path file = directory.resolve(path);
        // Names were checked when the manifest was parsed; this guards the resolved path as well.
        if (!file.normalize().startsWith(directory.normalize())) {
            throw new ModelPackageException(Kind.UNSAFE_PATH, path, "resolves outside the package");
        }
        for (Path p = file; !p.equals(directory); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new ModelPackageException(Kind.UNSAFE_PATH, path, "goes through a symbolic link");
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ModelPackageException(Kind.MISSING_FILE, path, "is listed in the manifest but not in the package");
        }
        if (Files.size(file) > limits.maxFileBytes()) {
            throw new ModelPackageException(Kind.OVERSIZE, path, "is larger than " + limits.maxFileBytes() + " bytes");
        }
        String actual = Sha256.of(file);
        if (!actual.equals(expectedSha)) {
            throw new ModelPackageException(Kind.DIGEST_MISMATCH, path, "sha256 is " + actual + ", the manifest says " + expectedSha);
        }
    }
}
