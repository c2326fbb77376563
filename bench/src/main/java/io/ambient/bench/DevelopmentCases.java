package io.ambient.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the development evaluation cases and their homes are: under {@code AMBIENT_HOME} (set by the
 * {@code ambient} launcher), else under the nearest folder at or above the working directory that has
 * them (so the module's test finds them when Maven runs it from {@code bench/}).
 */
record DevelopmentCases(Path homes, Path cases) {
    static final String CASES = "eval/cases";
    static final String HOMES = "eval/homes";

    static DevelopmentCases locate() {
        String home = System.getenv("AMBIENT_HOME");
        if (home != null && !home.isBlank()) {
            return in(Path.of(home)).orElseThrow(() -> new IllegalStateException(
                    "AMBIENT_HOME=" + home + " has no " + CASES + " and " + HOMES));
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            Optional<DevelopmentCases> found = in(dir);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("no " + CASES + " and " + HOMES + " at or above " + cwd
                + "; run from the repository or set AMBIENT_HOME");
    }

    private static Optional<DevelopmentCases> in(Path root) {
        Path cases = root.resolve(CASES);
        Path homes = root.resolve(HOMES);
        return Files.isDirectory(cases) && Files.isDirectory(homes)
                ? Optional.of(new DevelopmentCases(homes, cases)) : Optional.empty();
    }
}
