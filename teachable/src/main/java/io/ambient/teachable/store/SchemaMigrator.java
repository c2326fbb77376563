package io.ambient.teachable.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the migrations from one schema version up to another, refusing to skip a version. */
final class SchemaMigrator {
    private SchemaMigrator() { }

    static List<StoredRecord> migrate(List<StoredRecord> records, int from, int to, List<SchemaMigration> migrations) {
        List<StoredRecord> current = records;
        for (int version = from; version < to; version++) {
            SchemaMigration step = find(migrations, version);
            List<StoredRecord> next = new ArrayList<>(current.size());
            for (StoredRecord r : current) {
                step.migrate(r).ifPresent(next::add);
            }
            current = next;
        }
        return current;
    }

    private static SchemaMigration find(List<SchemaMigration> migrations, int version) {
        Optional<SchemaMigration> step = migrations.stream().filter(m -> m.fromVersion() == version).findFirst();
        return step.orElseThrow(() -> new StoreException.UnsupportedSchema("no migration from schema " + version
                + " to " + (version + 1)));
    }
}
