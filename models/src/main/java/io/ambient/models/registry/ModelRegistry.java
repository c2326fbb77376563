package io.ambient.models.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.models.pkg.DurableFiles;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageException.Kind;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.pkg.SemanticVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The versions of one model installed on this hub, on disk:
 *
 * <pre>
 * root/versions/&lt;version&gt;/   an installed package (copied into a hidden directory, then renamed: atomic)
 * root/gate/&lt;version&gt;.json   its compatibility gate report
 * root/active.json             {"active": version, "previous": [older actives, newest first]}
 * </pre>
 *
 * The built-in package (in the runtime's jar) is version {@link #builtInVersion()} and serves while
 * {@code active.json} is absent. The pointer is replaced by write-temp, fsync, rename, so a crash leaves the old
 * or the new pointer. Installing verifies the package as any reader would; callers verify its signature first.
 * Synchronised: one writer at a time.
 */
public final class ModelRegistry {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTIVE = "active.json";

    private final Path root;
    private final SemanticVersion builtInVersion;
    private final ModelPackageReader reader = new ModelPackageReader();

    /**
     * @param root           this model's directory (created if missing)
     * @param builtInVersion the version of the package built into the runtime
     */
    public ModelRegistry(Path root, SemanticVersion builtInVersion) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
        this.builtInVersion = Objects.requireNonNull(builtInVersion, "builtInVersion");
    }

    public SemanticVersion builtInVersion() {
        return builtInVersion;
    }

    /**
     * Copies a verified package into the registry. Installing the same package twice is harmless; a different
     * package under an installed version is refused (versions are immutable).
     *
     * @return the installed copy, verified again where it now lies
     */
    public synchronized ModelPackage install(ModelPackage pkg) throws ModelPackageException {
        SemanticVersion version = pkg.manifest().version();
        Path target = versionDir(version);
        if (Files.isDirectory(target)) {
            ModelPackage existing = reader.read(target);
            if (existing.manifestDigest().equals(pkg.manifestDigest())) {
                return existing;
            }
            throw new ModelPackageException(Kind.TARGET_EXISTS, null, "version " + version
                    + " is already installed with different content (manifest digest " + existing.manifestDigest() + ")");
        }
        if (version.equals(builtInVersion)) {
            throw new ModelPackageException(Kind.TARGET_EXISTS, null, "version " + version + " is the built-in model's");
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + version + ".partial-");
            copyPackage(pkg, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            DurableFiles.syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new ModelPackageException(Kind.IO_ERROR, null, "installing " + pkg.manifest().coordinates() + ": " + e, e);
        } finally {
            deleteTree(temp);
        }
        return reader.read(target);
    }

    private static void copyPackage(ModelPackage pkg, Path into) throws IOException, ModelPackageException {
        for (String file : pkg.manifest().files().keySet()) {
            Path path = into.resolve(file);
            Files.createDirectories(path.getParent());
            DurableFiles.write(path, pkg.read(file));
        }
        DurableFiles.write(into.resolve(ModelPackage.MANIFEST_FILE),
                Files.readAllBytes(pkg.directory().resolve(ModelPackage.MANIFEST_FILE)));
        DurableFiles.syncDirectory(into);
    }

    /** The installed package of a version, verified; empty for the built-in version or one not installed. */
    public synchronized Optional<ModelPackage> installed(SemanticVersion version) throws ModelPackageException {
        Path dir = versionDir(version);
        return Files.isDirectory(dir) ? Optional.of(reader.read(dir)) : Optional.empty();
    }

    /** Installed versions, oldest first (the built-in one is not among them). */
    public synchronized List<SemanticVersion> installedVersions() {
        Path dir = root.resolve("versions");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SemanticVersion> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && Files.isDirectory(p)) {
                    try {
                        out.add(SemanticVersion.parse(name));
                    } catch (IllegalArgumentException notAVersion) {
                        // something else put there by hand: not ours to list
                    }
                }
            }
        } catch (IOException e) {
            throw new RegistryException("cannot list " + dir + ": " + e, e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The version that should serve: the pointer's, or the built-in one when nothing was activated. */
    public synchronized SemanticVersion active() {
        return readPointer().active();
    }

    /** Makes {@code version} the active one (it must be installed or built in); the old one becomes "previous". */
    public synchronized void activate(SemanticVersion version) {
        requireKnown(version);
        Pointer p = readPointer();
        if (p.active().equals(version)) {
            return;
        }
        List<SemanticVersion> previous = new ArrayList<>();
        previous.add(p.active());
        previous.addAll(p.previous());
        previous.remove(version);
        writePointer(new Pointer(version, previous));
    }

    /**
     * Goes back to the version that was active before the current one.
     *
     * @return the version now active
     * @throws RegistryException nothing to roll back to
     */
    public synchronized SemanticVersion rollback() {
        Pointer p = readPointer();
        if (p.previous().isEmpty()) {
            throw new RegistryException("nothing to roll back to: " + p.active() + " is the only version that served");
        }
        SemanticVersion back = p.previous().get(0);
        writePointer(new Pointer(back, p.previous().subList(1, p.previous().size())));
        return back;
    }

    /** The version a rollback would return to, if any. */
    public synchronized Optional<SemanticVersion> previous() {
        List<SemanticVersion> p = readPointer().previous();
        return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0));
    }

    public synchronized void saveGateReport(GateReport report) {
        try {
            DurableFiles.replace(root.resolve("gate").resolve(report.candidateVersion() + ".json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        } catch (IOException e) {
            throw new RegistryException("cannot store the gate report of " + report.candidate() + ": " + e, e);
        }
    }

    public synchronized Optional<GateReport> gateReport(SemanticVersion version) {
        Path file = root.resolve("gate").resolve(version + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), GateReport.class));
        } catch (IOException e) {
            throw new RegistryException("cannot read the gate report " + file + ": " + e, e);
        }
    }

    /** Every version with a gate report, installed or not (rejected updates keep their report). */
    public synchronized List<SemanticVersion> reportedVersions() {
        Path dir = root.resolve("gate");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - 5)).map(SemanticVersion::parse).sorted().toList();
        } catch (IOException | IllegalArgumentException e) {
            throw new RegistryException("cannot list the gate reports in " + dir + ": " + e, e);
        }
    }

    private void requireKnown(SemanticVersion version) {
        if (!version.equals(builtInVersion) && !Files.isDirectory(versionDir(version))) {
            throw new RegistryException("version " + version + " is not installed");
        }
    }

    /** Where an installed version lives (whether or not it is installed). */
    public Path versionDirectory(SemanticVersion version) {
        return versionDir(version);
    }

    private Path versionDir(SemanticVersion version) {
        return root.resolve("versions").resolve(version.toString());
    }

    private record Pointer(SemanticVersion active, List<SemanticVersion> previous) { }

    private Pointer readPointer() {
        Path file = root.resolve(ACTIVE);
        if (!Files.isRegularFile(file)) {
            return new Pointer(builtInVersion, List.of());
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            List<SemanticVersion> previous = new ArrayList<>();
            n.path("previous").forEach(v -> previous.add(SemanticVersion.parse(v.asText())));
            return new Pointer(SemanticVersion.parse(n.path("active").asText()), previous);
        } catch (IOException | IllegalArgumentException e) {
            throw new RegistryException("the active-version pointer " + file + " is unreadable: " + e, e);
        }
    }

    private void writePointer(Pointer p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("active", p.active().toString());
        ArrayNode previous = n.putArray("previous");
        p.previous().forEach(v -> previous.add(v.toString()));
        try {
            DurableFiles.replace(root.resolve(ACTIVE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        } catch (IOException e) {
            throw new RegistryException("cannot write the active-version pointer: " + e, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) entries.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a hidden leftover is never mistaken for a version
        }
    }
}
