package io.ambient.runtime.update;

import io.ambient.models.registry.GateReport;

import java.util.Optional;

/** What became of one offered update. */
public sealed interface UpdateOutcome permits UpdateOutcome.Activated, UpdateOutcome.Rejected {

    /** The version, when the package was readable enough to say. */
    String version();

    String source();

    /** It passed verification and the gate and now serves. */
    record Activated(String version, String source, GateReport gate) implements UpdateOutcome { }

    /**
     * It was refused; the serving model did not change.
     *
     * @param reason in words: the failed check (signature, digest, format) or the gate's reasons
     * @param gate   the gate's report if the gate ran
     */
    record Rejected(String version, String source, String reason, GateReport gate) implements UpdateOutcome {
        public Optional<GateReport> gateReport() {
            return Optional.ofNullable(gate);
        }
    }
}
