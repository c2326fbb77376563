package io.ambient.models.registry;

import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelKind;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.ModelPackageWriter;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.pkg.Sha256;
import io.ambient.models.pkg.TensorSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelRegistryTest {
    private static final SemanticVersion V1 = SemanticVersion.parse("1.0.0");
    private static final SemanticVersion V2 = SemanticVersion.parse("2.0.0");

    @TempDir
    Path dir;

    private ModelPackage pkg(String version, byte content) throws ModelPackageException {
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, "intent", SemanticVersion.parse(version), ModelKind.INTENT_HEAD,
                "e", "s", List.of("a", "b"), List.of(TensorSchema.floatMatrix("embedding", 4)),
                List.of(TensorSchema.floatMatrix("probabilities", 2)), Map.of(), null,
                Sha256.of("t".getBytes(StandardCharsets.UTF_8)), Map.of(), "2026-01-01T00:00:00Z", null);
        return new ModelPackageWriter().write(dir.resolve("src-" + version + "-" + content), m, Map.of("head.onnx", new byte[] {content}));
    }

    @Test
    void fresh_registry_servesTheBuiltInVersion_andHasNothingToRollBackTo() {
        ModelRegistry r = new ModelRegistry(dir.resolve("reg"), V1);
        assertEquals(V1, r.active());
        assertTrue(r.previous().isEmpty());
        RegistryException e = assertThrows(RegistryException.class, r::rollback);
        assertTrue(e.getMessage().contains("nothing to roll back to"), e.getMessage());
    }

    @Test
    void install_activate_rollback_andThePointerSurvivesANewInstance() throws Exception {
        ModelRegistry r = new ModelRegistry(dir.resolve("reg"), V1);
        ModelPackage installed = r.install(pkg("2.0.0", (byte) 1));
        assertEquals(dir.resolve("reg/versions/2.0.0").toAbsolutePath(), installed.directory());
        r.activate(V2);
        ModelRegistry reopened = new ModelRegistry(dir.resolve("reg"), V1);
        assertEquals(V2, reopened.active());
        assertEquals(V1, reopened.previous().orElseThrow());
        assertEquals(List.of(V2), reopened.installedVersions());
        assertEquals(V1, reopened.rollback());
        assertEquals(V1, new ModelRegistry(dir.resolve("reg"), V1).active());
        try (var names = Files.list(dir.resolve("reg"))) {
            assertFalse(names.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary pointer left");
        }
    }

    @Test
    void install_sameTwice_isHarmless_butDifferentContentUnderTheSameVersionIsRefused() throws Exception {
        ModelRegistry r = new ModelRegistry(dir.resolve("reg"), V1);
        ModelPackage p = pkg("2.0.0", (byte) 1);
        r.install(p);
        r.install(p);
        ModelPackageException e = assertThrows(ModelPackageException.class, () -> r.install(pkg("2.0.0", (byte) 2)));
        assertEquals(ModelPackageException.Kind.TARGET_EXISTS, e.kind());
        assertThrows(RegistryException.class, () -> r.activate(SemanticVersion.parse("9.0.0")));
    }

    @Test
    void gateReports_areStoredAndReadBack() {
        ModelRegistry r = new ModelRegistry(dir.resolve("reg"), V1);
        GateReport report = new GateReport("intent@2.0.0", "2.0.0", "intent@1.0.0", false, List.of("too many flips"),
                new GateReport.EmbeddingCheck("s", "s", "t", true, 10, 0.8, 0.9, true, "ok"),
                new GateReport.RegressionCheck(100, 3, 0.03, 1, 0.005, 0, 0, List.of("c1", "c2", "c3"), false),
                new GateReport.AccuracyCheck(100, 0.9, 0.88, false), "2026-01-01T00:00:00Z");
        r.saveGateReport(report);
        assertEquals(report, r.gateReport(V2).orElseThrow());
        assertEquals(List.of(V2), r.reportedVersions());
    }
}
