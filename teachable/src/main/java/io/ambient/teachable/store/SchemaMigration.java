package io.ambient.teachable.store;

import java.util.Optional;

/**
 * Turns a record written under schema {@link #fromVersion()} into its form under the next schema (or drops
 * it). Migrations run at open, in order, when the journal's schema is older than
 * {@link JournaledRecordStore#SCHEMA_VERSION}; the journal is then rewritten in the new schema.
 */
public interface SchemaMigration {

    int fromVersion();

    Optional<StoredRecord> migrate(StoredRecord record);
}
