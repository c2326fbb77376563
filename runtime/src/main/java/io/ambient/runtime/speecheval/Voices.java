package io.ambient.runtime.speecheval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which espeak-ng voices can speak here. The MBROLA voices ({@code mb-*}, non-native English accents among them)
 * are listed by espeak-ng whether or not they can speak: they need the {@code mbrola} program and the voice's
 * diphone database, which Debian ships as the packages {@code mbrola} and {@code mbrola-<db>} in its contrib and
 * non-free sections. This class finds the English MBROLA voices espeak-ng knows and says, for each, what is
 * missing, so an evaluation uses them as soon as they are installed and otherwise reports why it skipped them.
 */
public final class Voices {
    /** The name that stands for every English MBROLA voice espeak-ng lists. */
    public static final String MBROLA = "mbrola";

    /** Where Debian's mbrola packages install databases, and espeak-ng 1.51 looks for them. */
    static final Path MBROLA_ROOT = Path.of("/usr/share/mbrola");
    /** Where under that folder espeak-ng looks for a database {@code db}. */
    private static final List<String> DATABASE_PATHS = List.of("%s", "%s/%s", "voices/%s");

    private static final Pattern MBROLA_LINE = Pattern.compile("(?m)^\\s*mbrola\\s+(\\S+)");
    private static final Pattern DATA_AT = Pattern.compile("Data at:\\s*(\\S+)");

    private final Path espeakData;
    private final Path mbrolaRoot;
    private final List<Path> path;

    /**
     * @param espeakData espeak-ng's data folder (it holds {@code voices/mb/})
     * @param mbrolaRoot where MBROLA databases are installed
     * @param path       the folders searched for the {@code mbrola} program
     */
    Voices(Path espeakData, Path mbrolaRoot, List<Path> path) {
        this.espeakData = espeakData;
        this.mbrolaRoot = mbrolaRoot;
        this.path = path;
    }

    /** The installed espeak-ng's data folder and this process's PATH. */
    public static Voices installed() throws java.io.IOException, InterruptedException {
        Matcher m = DATA_AT.matcher(Synthesizer.output(List.of("espeak-ng", "--version")));
        Path data = m.find() ? Path.of(m.group(1)) : Path.of("/usr/lib/x86_64-linux-gnu/espeak-ng-data");
        List<Path> dirs = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (!d.isBlank()) {
                dirs.add(Path.of(d));
            }
        }
        return new Voices(data, MBROLA_ROOT, dirs);
    }

    /** The English MBROLA voices in espeak-ng's list (the output of {@code espeak-ng --voices=en}). */
    static List<String> mbrolaVoices(String voiceList) {
        List<String> out = new ArrayList<>();
        for (String line : voiceList.split("\n")) {
            for (String token : line.strip().split("\\s+")) {
                if (token.startsWith("mb/mb-")) {
                    out.add(token.substring(3));
                }
            }
        }
        return out;
    }

    /** Every English MBROLA voice espeak-ng knows. */
    public List<String> mbrolaVoices() throws java.io.IOException, InterruptedException {
        return mbrolaVoices(Synthesizer.output(List.of("espeak-ng", "--voices=en")));
    }

    /** Why the voice cannot speak here, or empty when nothing is known to be missing. */
    public Optional<String> missing(String voice) {
        String base = voice.contains("+") ? voice.substring(0, voice.indexOf('+')) : voice;
        if (!base.startsWith("mb-")) {
            return Optional.empty();
        }
        String db = database(base);
        List<String> missing = new ArrayList<>();
        if (path.stream().noneMatch(d -> Files.isExecutable(d.resolve("mbrola")))) {
            missing.add("the mbrola program (Debian package mbrola, contrib)");
        }
        List<Path> places = DATABASE_PATHS.stream().map(p -> mbrolaRoot.resolve(String.format(p, db, db))).toList();
        if (places.stream().noneMatch(Files::isRegularFile)) {
            missing.add("the MBROLA database " + db + " (Debian package mbrola-" + db + ", non-free; looked in "
                    + String.join(", ", places.stream().map(Path::toString).toList()) + ")");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("needs " + String.join(" and ", missing));
    }

    /** The MBROLA database a voice speaks with: its voice file's {@code mbrola} line, else the name after "mb-". */
    String database(String voice) {
        Path file = espeakData.resolve("voices/mb").resolve(voice);
        try {
            Matcher m = MBROLA_LINE.matcher(Files.readString(file));
            if (m.find()) {
                return m.group(1);
            }
        } catch (java.io.IOException e) {
            // no voice file: fall back to the name
        }
        String rest = voice.substring(3);
        return rest.endsWith("-en") ? rest.substring(0, rest.length() - 3) : rest;
    }
}
