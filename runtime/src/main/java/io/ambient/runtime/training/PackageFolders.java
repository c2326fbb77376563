package io.ambient.runtime.training;

import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Replacing a package folder without ever leaving a half-written one under its name. */
final class PackageFolders {
    private PackageFolders() {
    }

    interface Writer {
        ModelPackage write(Path target) throws ModelPackageException;
    }

    /**
     * Writes the new package next to {@code target}, then swaps it in: the old one is moved aside and deleted
     * only after the new one is in place.
     */
    static ModelPackage replace(Path target, Writer writer) throws ModelPackageException {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path fresh = parent.resolve(target.getFileName() + ".new");
            Path old = parent.resolve(target.getFileName() + ".old");
            delete(fresh);
            delete(old);
            writer.write(fresh);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
            return new io.ambient.models.pkg.ModelPackageReader().read(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the package at " + target, e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
