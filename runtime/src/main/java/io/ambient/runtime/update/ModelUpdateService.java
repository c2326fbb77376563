package io.ambient.runtime.update;

import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageReader;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.registry.CompatibilityGate;
import io.ambient.models.registry.GateReport;
import io.ambient.models.registry.GateSubject;
import io.ambient.models.registry.ModelHandle;
import io.ambient.models.registry.ModelRegistry;
import io.ambient.models.registry.RegistryException;
import io.ambient.models.trust.TrustedKeys;
import io.ambient.runtime.understanding.LoadedModel;
import io.ambient.runtime.understanding.UnderstandingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Takes an offered model package through every check before it may serve: the package reads and verifies
 * (manifest, every file's sha256), its signature is by a trusted key, it is a newer intent model, it opens,
 * and the compatibility gate passes against the serving model. Then it is installed in the registry, made
 * active (crash-safe pointer) and swapped in between two turns. Any failure rejects it with the reason and the
 * serving model stays. One update at a time.
 */
public final class ModelUpdateService {
    private static final Logger LOG = LoggerFactory.getLogger(ModelUpdateService.class);
    private static final int REMEMBERED = 20;

    /** Opens a verified package as a serving model. */
    @FunctionalInterface
    public interface Opener {
        LoadedModel open(ModelPackage pkg) throws ModelPackageException;
    }

    private final UnderstandingService understanding;
    private final ModelRegistry registry;
    private final TrustedKeys trusted;
    private final CompatibilityGate gate;
    private final Opener opener;
    private final Deque<UpdateOutcome> recent = new ArrayDeque<>();

    public ModelUpdateService(UnderstandingService understanding, ModelRegistry registry, TrustedKeys trusted,
                              CompatibilityGate gate, Opener opener) {
        this.understanding = Objects.requireNonNull(understanding, "understanding");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public ModelRegistry registry() {
        return registry;
    }

    /** Checks and, if everything passes, activates the package in {@code dir}; never throws for a bad package. */
    public synchronized UpdateOutcome offer(Path dir, String source) {
        ModelPackage pkg;
        try {
            pkg = new ModelPackageReader().read(dir);
            trusted.verify(pkg.manifest());
        } catch (ModelPackageException e) {
            return remember(new UpdateOutcome.Rejected(null, source, e.getMessage(), null));
        }
        Manifest m = pkg.manifest();
        String version = m.version().toString();
        SemanticVersion active = registry.active();
        if (!m.id().equals("intent")) {
            return reject(version, source, "this hub serves model 'intent', the package is '" + m.id() + "'");
        }
        if (!m.version().isNewerThan(active)) {
            return reject(version, source, "version " + version + " is not newer than the serving " + active
                    + " (use rollback to go back)");
        }
        LoadedModel candidate;
        try {
            candidate = opener.open(pkg);
        } catch (ModelPackageException | RuntimeException e) {
            return reject(version, source, "cannot open " + m.coordinates() + ": " + e.getMessage());
        }
        GateReport report;
        try (ModelHandle.Lease<LoadedModel> serving = understanding.acquireModel()) {
            OnnxIntentClassifier current = serving.model().model().orElse(null);
            if (current == null) {
                close(candidate);
                return reject(version, source, "no trained model serves (the rules do), so there is nothing to compare with");
            }
            LOG.info("model update {}: running the compatibility gate against {}", m.coordinates(), current.id());
            report = gate.check(GateSubject.of(current), GateSubject.of(candidate.classifier()), version);
            registry.saveGateReport(report);
        } catch (RuntimeException e) {
            close(candidate);
            return reject(version, source, "the compatibility gate failed to run: " + e);
        }
        if (!report.passed()) {
            close(candidate);
            return remember(new UpdateOutcome.Rejected(version, source, "compatibility gate: "
                    + String.join("; ", report.reasons()), report));
        }
        try {
            registry.install(pkg);
            registry.activate(m.version());
        } catch (ModelPackageException | RegistryException e) {
            close(candidate);
            return reject(version, source, "cannot install: " + e.getMessage());
        }
        understanding.swap(candidate);
        LOG.info("model update {} activated ({})", m.coordinates(), report.embedding().detail());
        return remember(new UpdateOutcome.Activated(version, source, report));
    }

    /** Goes back to the version that served before the current one; the swap is as safe as an update's. */
    public synchronized SemanticVersion rollback() throws ModelPackageException {
        SemanticVersion back = registry.previous()
                .orElseThrow(() -> new RegistryException("nothing to roll back to: " + registry.active()
                        + " is the only version that served"));
        LoadedModel model = opener.open(packageOf(back));
        registry.rollback();
        understanding.swap(model);
        LOG.info("rolled back to {}", back);
        return back;
    }

    /** The package of an installed or the built-in version, verified. */
    public ModelPackage packageOf(SemanticVersion version) throws ModelPackageException {
        if (version.equals(registry.builtInVersion())) {
            return BuiltInIntentModel.read();
        }
        return registry.installed(version).orElseThrow(() -> new RegistryException("version " + version + " is not installed"));
    }

    public synchronized List<UpdateOutcome> recent() {
        return List.copyOf(recent);
    }

    private UpdateOutcome reject(String version, String source, String reason) {
        return remember(new UpdateOutcome.Rejected(version, source, reason, null));
    }

    private UpdateOutcome remember(UpdateOutcome outcome) {
        if (outcome instanceof UpdateOutcome.Rejected r) {
            LOG.warn("model update {} from {} rejected: {}", r.version() == null ? "?" : r.version(), r.source(), r.reason());
        }
        recent.addFirst(outcome);
        while (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
        return outcome;
    }

    private static void close(LoadedModel model) {
        try {
            model.resources().close();
        } catch (Exception e) {
            LOG.warn("closing a rejected model: {}", e.toString());
        }
    }
}
