package io.ambient.runtime.update;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.models.pkg.Manifest;
import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.registry.GateReport;
import io.ambient.models.registry.ModelRegistry;

import java.util.Optional;
import java.util.TreeSet;

/** The JSON of the models API: the registry's versions with their gate reports, and recent outcomes. */
public final class ModelsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelsJson() {
    }

    public static String registry(ModelUpdateService updates) {
        ModelRegistry r = updates.registry();
        ObjectNode root = JSON.createObjectNode();
        SemanticVersion active = r.active();
        root.put("active", active.toString());
        root.put("previous", r.previous().map(SemanticVersion::toString).orElse(null));
        root.put("builtIn", r.builtInVersion().toString());
        TreeSet<SemanticVersion> all = new TreeSet<>(r.installedVersions());
        all.addAll(r.reportedVersions());
        all.add(r.builtInVersion());
        ArrayNode versions = root.putArray("versions");
        for (SemanticVersion v : all) {
            ObjectNode n = versions.addObject();
            n.put("version", v.toString());
            boolean installed = v.equals(r.builtInVersion()) || r.installedVersions().contains(v);
            n.put("state", v.equals(active) ? "active" : !installed ? "rejected"
                    : v.equals(r.builtInVersion()) ? "built-in" : "installed");
            manifest(updates, v, installed).ifPresent(m -> {
                n.put("encoder", m.encoder());
                n.put("embeddingSpaceId", m.embeddingSpaceId());
                n.put("parentVersion", m.parentVersion() == null ? null : m.parentVersion().toString());
                n.put("signed", m.signature() != null);
            });
            n.set("gate", r.gateReport(v).map(g -> (com.fasterxml.jackson.databind.JsonNode) JSON.valueToTree(g)).orElse(null));
        }
        ArrayNode recent = root.putArray("recent");
        for (UpdateOutcome o : updates.recent()) {
            recent.add(outcomeNode(o));
        }
        return root.toString();
    }

    private static Optional<Manifest> manifest(ModelUpdateService updates, SemanticVersion v, boolean installed) {
        if (!installed) {
            return Optional.empty();
        }
        try {
            return Optional.of(updates.packageOf(v).manifest());
        } catch (ModelPackageException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static String gate(GateReport report) {
        return JSON.valueToTree(report).toString();
    }

    public static String outcome(UpdateOutcome o) {
        return outcomeNode(o).toString();
    }

    private static ObjectNode outcomeNode(UpdateOutcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("version", o.version());
        n.put("source", o.source());
        if (o instanceof UpdateOutcome.Activated a) {
            n.put("outcome", "activated");
            n.set("gate", JSON.valueToTree(a.gate()));
        } else {
            UpdateOutcome.Rejected r = (UpdateOutcome.Rejected) o;
            n.put("outcome", "rejected");
            n.put("reason", r.reason());
            n.set("gate", r.gate() == null ? null : JSON.valueToTree(r.gate()));
        }
        return n;
    }

    public static String active(SemanticVersion v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("active", v.toString());
        return n.toString();
    }
}
