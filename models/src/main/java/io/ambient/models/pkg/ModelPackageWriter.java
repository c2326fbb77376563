package io.ambient.models.pkg;

import io.ambient.models.pkg.ModelPackageException.Kind;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a model package atomically: everything goes into a hidden temporary directory next to the target,
 * each file is fsynced, manifest.json last, and the directory is renamed into place. A crash leaves either no
 * package or the whole package under the final name, never half of one; a leftover temporary directory
 * starts with '.' and is never mistaken for a package.
 *
 * <p>Packages are immutable: writing over an existing directory is refused ({@link Kind#TARGET_EXISTS}).
 * Stateless; thread-safe.
 */
public final class ModelPackageWriter {

    private final ManifestCodec codec = new ManifestCodec();

    /**
     * Writes {@code files} and a manifest listing their sha256s.
     *
     * @param target   the package directory to create; must not exist
     * @param manifest the manifest; its {@code files} map is replaced by the computed digests (and, if not
     *                 empty, must already equal them)
     * @param files    package-relative path to content
     * @return the written package
     */
    public ModelPackage write(Path target, Manifest manifest, Map<String, byte[]> files) throws ModelPackageException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(manifest, "manifest");
        Map<String, String> digests = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            PackagePaths.check(file.getKey());
            digests.put(file.getKey(), Sha256.of(file.getValue()));
        }
        if (!manifest.files().isEmpty() && !manifest.files().equals(digests)) {
            throw new IllegalArgumentException("the manifest lists files " + manifest.files().keySet()
                    + " whose digests differ from the content given for " + digests.keySet());
        }
        Manifest complete = manifest.withFiles(digests);
        byte[] manifestBytes = codec.write(complete);
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new ModelPackageException(Kind.TARGET_EXISTS, null, absolute + " already exists");
        }
        writeAtomically(absolute, files, manifestBytes);
        return new ModelPackage(absolute, complete, Sha256.of(manifestBytes), Long.MAX_VALUE);
    }

    private static void writeAtomically(Path target, Map<String, byte[]> files, byte[] manifestBytes)
            throws ModelPackageException {
        Path parent = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                Path path = temp.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                DurableFiles.write(path, file.getValue());
            }
            DurableFiles.write(temp.resolve(PackagePaths.MANIFEST), manifestBytes);
            syncDirectories(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            DurableFiles.syncDirectory(parent);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            throw new ModelPackageException(Kind.TARGET_EXISTS, null, target + " appeared while writing", e);
        } catch (IOException e) {
            throw new ModelPackageException(Kind.IO_ERROR, null, "writing " + target + ": " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** fsyncs every directory of the tree, deepest first, so the names are as durable as the contents. */
    private static void syncDirectories(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder())::iterator) {
                DurableFiles.syncDirectory(dir);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try (Stream<Path> entries = Files.walk(temp)) {
            for (Path p : (Iterable<Path>) entries.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover hidden temporary directory is harmless: readers never open '.'-prefixed names.
        }
    }
}
