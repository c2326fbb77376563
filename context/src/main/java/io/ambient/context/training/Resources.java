package io.ambient.context.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the text resources under {@code training/} from the class path. */
final class Resources {
    static final String ROOT = "training/";

    private Resources() {
    }

    /** The file's text, or empty when there is no such resource. */
    static Optional<String> text(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + ROOT + path, e);
        }
    }

    static String required(String path) {
        return text(path).orElseThrow(() -> new IllegalStateException("missing resource " + ROOT + path));
    }

    /** Non-blank lines without {@code #} comments (a {@code #} starts a comment only at the line's start). */
    static List<String> lines(String path) {
        return contentLines(required(path));
    }

    static List<String> contentLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }
}
