package io.ambient.teachable.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Schema 1 -> 2: a taught phrase kept one expansion text ({@code {"phrase", "expansion"}}); schema 2 keeps
 * the ordered steps it expands to ({@code {"phrase", "steps": [...]}}). A schema-1 expansion becomes one
 * step, which is exactly how it was interpreted before. Other kinds are unchanged.
 */
final class PhraseStepsMigration implements SchemaMigration {
    /** Made on first use: almost every open has nothing to migrate and need not load Jackson. */
    private ObjectMapper json;

    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public Optional<StoredRecord> migrate(StoredRecord record) {
        if (!record.key().kind().equals(RecordKind.PHRASE)) {
            return Optional.of(record);
        }
        if (json == null) {
            json = new ObjectMapper();
        }
        try {
            JsonNode old = json.readTree(record.value());
            ObjectNode migrated = json.createObjectNode();
            migrated.put("phrase", old.path("phrase").asText(record.key().key()));
            migrated.putArray("steps").add(old.path("expansion").asText());
            return Optional.of(new StoredRecord(record.key(), json.writeValueAsString(migrated), record.updatedAt()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException.Corrupted("schema-1 phrase record " + record.key() + " is not JSON: "
                    + e.getOriginalMessage());
        }
    }
}
