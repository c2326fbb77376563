package io.ambient.models.pkg;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A model version {@code major.minor.patch}; ordered numerically, so 1.10.0 is newer than 1.9.3. */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
    private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor)
            .thenComparingInt(SemanticVersion::patch);

    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must be >= 0, were " + major + "." + minor + "." + patch);
        }
    }

    /** Parses {@code "1.2.3"}; no leading zeros, no pre-release suffix (model versions do not need one). */
    public static SemanticVersion parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a version of the form major.minor.patch: '" + text + "'");
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public SemanticVersion nextMinor() {
        return new SemanticVersion(major, minor + 1, 0);
    }

    public SemanticVersion nextPatch() {
        return new SemanticVersion(major, minor, patch + 1);
    }

    public boolean isNewerThan(SemanticVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
