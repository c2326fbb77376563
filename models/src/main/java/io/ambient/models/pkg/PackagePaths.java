package io.ambient.models.pkg;

import java.util.regex.Pattern;

/**
 * File names inside a package: relative, '/'-separated, made of plain segments. Checked on writing and again
 * on reading, because a manifest from over the air is untrusted and "../../etc/passwd" must never be opened.
 */
final class PackagePaths {

    static final String MANIFEST = ModelPackage.MANIFEST_FILE;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");
    private static final int MAX_LENGTH = 512;
    private static final int MAX_DEPTH = 8;

    private PackagePaths() {
    }

    /** Null when {@code path} is safe, otherwise why not. */
    static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "empty file name";
        }
        if (path.length() > MAX_LENGTH) {
            return "file name longer than " + MAX_LENGTH + " characters";
        }
        if (path.equals(MANIFEST)) {
            return "the manifest cannot list itself";
        }
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return "more than " + MAX_DEPTH + " directory levels";
        }
        for (String segment : segments) {
            if (segment.equals("..") || segment.equals(".")) {
                return "'" + segment + "' segments are not allowed";
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return "segment '" + segment + "' is not a plain file name (letters, digits, . _ -; no leading dot)";
            }
        }
        return null;
    }

    static void check(String path) throws ModelPackageException {
        String problem = problem(path);
        if (problem != null) {
            throw new ModelPackageException(ModelPackageException.Kind.UNSAFE_PATH, path, problem);
        }
    }
}
