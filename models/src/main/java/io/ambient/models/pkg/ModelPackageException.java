package io.ambient.models.pkg;

import java.util.Objects;
import java.util.Optional;

/**
 * A model package could not be written or was refused on reading. {@link #kind()} says which check failed,
 * {@link #file()} which file it concerns; the message says both in words, so a rejected over-the-air update
 * can be reported as it is.
 */
public final class ModelPackageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a package was refused. */
    public enum Kind {
        /** The package directory does not exist or is not a directory. */
        NOT_FOUND,
        /** There is no manifest.json. */
        MISSING_MANIFEST,
        /** manifest.json is not valid JSON or misses, mistypes or adds a field. */
        MALFORMED_MANIFEST,
        /** The manifest's formatVersion is one this reader does not know. */
        UNSUPPORTED_FORMAT_VERSION,
        /** A file name escapes the package (absolute, "..", odd characters) or is a link. */
        UNSAFE_PATH,
        /** A listed file is absent. */
        MISSING_FILE,
        /** A file is present that the manifest does not list. */
        UNEXPECTED_FILE,
        /** A file's sha256 differs from the manifest's. */
        DIGEST_MISMATCH,
        /** The manifest or a file is larger than the reader's limit. */
        OVERSIZE,
        /** The writer's target already exists; packages are immutable once written. */
        TARGET_EXISTS,
        /** The file system failed. */
        IO_ERROR,
        /** The manifest carries no signature, and this hub accepts only signed packages. */
        UNSIGNED,
        /** The signature is malformed, or does not verify against the key it names: the manifest was changed. */
        BAD_SIGNATURE,
        /** The signature names a key this hub was not configured to trust. */
        UNTRUSTED_KEY
    }

    private final Kind kind;
    private final String file;

    public ModelPackageException(Kind kind, String file, String message, Throwable cause) {
        super(kind + (file == null ? "" : " [" + file + "]") + ": " + message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
    }

    public ModelPackageException(Kind kind, String file, String message) {
        this(kind, file, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The package-relative file the problem concerns, if it concerns one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }
}
