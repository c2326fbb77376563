package io.ambient.runtime.training;

import io.ambient.models.pkg.DurableFiles;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Embeddings of a training run kept on disk ({@code train --embedding-cache DIR}), so that training again with
 * other head or distillation settings does not encode tens of thousands of sentences again (most of a run's
 * time on a hub-class CPU). A file is named by the encoder's space id and a SHA-256 over every text, so a
 * different generator seed, template or encoder never reads a stale file. Format: int rows, int width, then
 * float32 rows (big-endian); written to a temporary file and moved into place.
 */
final class EmbeddingCache {
    private final Path directory;

    EmbeddingCache(Path directory) {
        this.directory = directory;
    }

    /** @param file the cache file of these texts ({@link #file}) */
    Optional<float[][]> load(Path file, List<String> texts) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            int rows = in.readInt();
            int width = in.readInt();
            if (rows != texts.size() || width < 1 || width > 4096) {
                return Optional.empty();
            }
            float[][] x = new float[rows][width];
            for (float[] row : x) {
                for (int i = 0; i < width; i++) {
                    row[i] = in.readFloat();
                }
            }
            return Optional.of(x);
        } catch (IOException e) {
            // A truncated or unreadable file is a cache miss: the texts are simply encoded again.
            return Optional.empty();
        }
    }

    void store(Path file, float[][] x) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + 4 * x.length * (x.length == 0 ? 0 : x[0].length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(x.length);
            out.writeInt(x.length == 0 ? 0 : x[0].length);
            for (float[] row : x) {
                for (float v : row) {
                    out.writeFloat(v);
                }
            }
            DurableFiles.replace(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the embedding cache in " + directory, e);
        }
    }

    /** The file for these texts embedded in {@code spaceId}: named by the space and a digest of every text. */
    Path file(String spaceId, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            return directory.resolve(spaceId.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + texts.size() + "-" + digest + ".f32");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
