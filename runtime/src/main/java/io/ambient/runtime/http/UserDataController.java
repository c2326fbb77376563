package io.ambient.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.StoredRecord;
import io.ambient.teachable.store.UserId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;

import java.time.Clock;

/**
 * Privacy: everything stored about a user, and erasing it. The export is the store's own records, each
 * with its kind, key, value and time; erasure removes them from the index and rewrites the journal without
 * them, so they are gone from disk when the call returns.
 */
@Controller("/api/users/{user}/data")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserDataController {
    private final RecordStore store;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public UserDataController(RecordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Export everything stored about the user")
    public HttpResponse<String> export(@PathVariable String user) throws JsonProcessingException {
        UserId id = UserId.of(user);
        ObjectNode out = json.createObjectNode();
        out.put("user", id.value());
        out.put("exportedAt", clock.instant().toString());
        ArrayNode records = out.putArray("records");
        for (StoredRecord r : store.listUser(id)) {
            ObjectNode o = records.addObject();
            o.put("kind", r.key().kind().name());
            o.put("key", r.key().key());
            o.set("value", parse(r.value()));
            o.put("updatedAt", r.updatedAt().toString());
        }
        return HttpResponse.ok(json.writeValueAsString(out)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Delete
    @Operation(summary = "Erase everything stored about the user, journal included")
    public TeachingJson.Erased erase(@PathVariable String user) {
        UserId id = UserId.of(user);
        int erased = store.erase(id);
        return new TeachingJson.Erased(id.value(), erased, id.isHousehold()
                ? "the household layer was erased: what was taught for everyone is gone" : null);
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(value);
        }
    }
}
