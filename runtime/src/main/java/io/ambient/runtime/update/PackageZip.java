package io.ambient.runtime.update;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded package zip, refusing entries that would land outside the target (zip slip) or are huge. */
final class PackageZip {
    private static final long MAX_BYTES = 512L << 20;
    private static final int MAX_ENTRIES = 256;

    private PackageZip() {
    }

    static final class BadZipException extends Exception {
        private static final long serialVersionUID = 1L;

        BadZipException(String message) {
            super(message);
        }
    }

    static void extract(byte[] zip, Path target) throws IOException, BadZipException {
        Files.createDirectories(target);
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new BadZipException("more than " + MAX_ENTRIES + " entries");
                }
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target) || e.getName().startsWith("/")) {
                    throw new BadZipException("entry '" + e.getName() + "' leaves the package");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += copy(in, out, MAX_BYTES - total);
            }
        }
        if (entries == 0) {
            throw new BadZipException("empty or not a zip");
        }
    }

    private static long copy(InputStream in, Path out, long budget) throws IOException, BadZipException {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var os = Files.newOutputStream(out)) {
            for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                n += r;
                if (n > budget) {
                    throw new BadZipException("larger than " + MAX_BYTES + " bytes unpacked");
                }
                os.write(buffer, 0, r);
            }
        }
        return n;
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
