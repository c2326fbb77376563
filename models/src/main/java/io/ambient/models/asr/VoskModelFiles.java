package io.ambient.models.asr;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the bundled Vosk model (the build unzips it onto the classpath as {@code vosk/model-en-us/}). Vosk reads a
 * folder, so when the model is inside a jar it is unpacked once into a cache folder named after the model's uuid;
 * later starts find it there. Nothing is downloaded.
 */
public final class VoskModelFiles {
    static final String RESOURCE = "vosk/model-en-us/";

    private VoskModelFiles() {
    }

    /** The bundled model's folder; unpacks it under {@code cacheDir} when it lives in a jar. */
    public static Path bundled(Path cacheDir) throws SpeechModelException {
        URL uuid = VoskModelFiles.class.getClassLoader().getResource(RESOURCE + "uuid");
        if (uuid == null) {
            throw new SpeechModelException("the Vosk model is not on the classpath (" + RESOURCE
                    + "); build with Maven, which unpacks com.alphacephei:vosk-model-en");
        }
        try {
            if (uuid.getProtocol().equals("file")) {
                return Path.of(uuid.toURI()).getParent();
            }
            if (uuid.getProtocol().equals("jar")) {
                return unpack((JarURLConnection) uuid.openConnection(), cacheDir);
            }
        } catch (IOException | URISyntaxException e) {
            throw new SpeechModelException("cannot unpack the Vosk model: " + e.getMessage(), e);
        }
        throw new SpeechModelException("cannot read the Vosk model from " + uuid);
    }

    private static Path unpack(JarURLConnection connection, Path cacheDir) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile();
             InputStream idStream = jar.getInputStream(jar.getEntry(RESOURCE + "uuid"))) {
            String id = new String(idStream.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll("[^A-Za-z0-9-]", "");
            Path target = cacheDir.resolve("vosk-model-en-us-" + id);
            if (Files.isRegularFile(target.resolve("uuid"))) {
                return target;
            }
            Files.createDirectories(cacheDir);
            Path staging = Files.createTempDirectory(cacheDir, "vosk-unpacking-");
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(RESOURCE)) {
                    Path out = staging.resolve(e.getName().substring(RESOURCE.length())).normalize();
                    if (!out.startsWith(staging)) {
                        throw new IOException("entry outside the model folder: " + e.getName());
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                deleteTree(staging); // another process unpacked it first
            } catch (IOException e) {
                if (!Files.isRegularFile(target.resolve("uuid"))) {
                    throw e;
                }
                deleteTree(staging);
            }
            return target;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
