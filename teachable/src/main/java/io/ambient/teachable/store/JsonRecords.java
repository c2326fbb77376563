package io.ambient.teachable.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for record values. Unknown fields are ignored so a newer writer's extra fields do not break an older
 * reader; a value that is not valid JSON for its type is corruption, reported with its key.
 */
public final class JsonRecords {
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    public <T> T read(StoredRecord record, Class<T> type) {
        try {
            return mapper.readValue(record.value(), type);
        } catch (JsonProcessingException e) {
            throw new StoreException.Corrupted("record " + record.key() + " is not a valid "
                    + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
