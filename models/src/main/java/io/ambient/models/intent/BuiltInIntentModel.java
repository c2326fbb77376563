package io.ambient.models.intent;

import io.ambient.models.pkg.ManifestCodec;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The intent model package built into the runtime: the files under {@value #RESOURCE_DIR} on the classpath,
 * produced by {@code ./ambient train} (its default output is this folder in the models module's resources).
 * Opening copies them to a private temporary folder and reads that as any other package, so the built-in
 * model goes through the same verification (sha256 of every file) as one delivered over the air.
 */
public final class BuiltInIntentModel {
    public static final String RESOURCE_DIR = "models/intent";
    /** Where {@code ./ambient train} writes the built-in package, relative to the repository root. */
    public static final String SOURCE_DIR = "models/src/main/resources/" + RESOURCE_DIR;

    private BuiltInIntentModel() {
    }

    public static boolean present() {
        return BuiltInIntentModel.class.getClassLoader().getResource(RESOURCE_DIR + "/manifest.json") != null;
    }

    /** The built-in package's manifest (not verified against its files: that happens in {@link #read()}). */
    public static Manifest manifest() throws ModelPackageException {
        return new ManifestCodec().read(resource(BuiltInIntentModel.class.getClassLoader(), "manifest.json"));
    }

    /** Copies the built-in package out of the classpath and reads it, verified. */
    public static ModelPackage read() throws ModelPackageException {
        ClassLoader loader = BuiltInIntentModel.class.getClassLoader();
        byte[] manifestBytes = resource(loader, "manifest.json");
        Manifest manifest = new ManifestCodec().read(manifestBytes);
        try {
            Path dir = Files.createTempDirectory("ambient-intent-model");
            Files.write(dir.resolve("manifest.json"), manifestBytes);
            for (String file : manifest.files().keySet()) {
                Path target = dir.resolve(file).normalize();
                if (!target.startsWith(dir)) {
                    throw new ModelPackageException(ModelPackageException.Kind.UNSAFE_PATH, file,
                            "built-in package names a file outside its folder: " + file);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, resource(loader, file));
            }
            ModelPackage pkg = new ModelPackageReader().read(dir);
            deleteOnExit(dir);
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the built-in intent model", e);
        }
    }

    private static byte[] resource(ClassLoader loader, String file) throws ModelPackageException {
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + "/" + file)) {
            if (in == null) {
                throw new ModelPackageException(ModelPackageException.Kind.MISSING_FILE, file,
                        "the built-in intent model has no " + file + " (run ./ambient train)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ModelPackageException(ModelPackageException.Kind.IO_ERROR, file, e.getMessage(), e);
        }
    }

    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }, "ambient-intent-model-cleanup"));
    }
}
