package io.ambient.runtime.health;

import io.ambient.teachable.store.RecordStore;
import io.ambient.teachable.store.StoreException;
import io.ambient.teachable.store.StoreStatus;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/** The teachable store: UP while open, with its size, journal position and how its index was opened. */
@Singleton
public class StoreHealthIndicator implements HealthIndicator {
    private final RecordStore store;

    public StoreHealthIndicator(RecordStore store) {
        this.store = store;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        try {
            StoreStatus s = store.status();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("directory", s.directory().toString());
            details.put("schemaVersion", s.schemaVersion());
            details.put("records", s.records());
            details.put("journalRecord", s.sequence());
            details.put("journalBytes", s.journalBytes());
            details.put("index", s.openedBy());
            details.put("tornBytesCutAtOpen", s.truncatedBytes());
            return Publishers.just(HealthResult.builder("teachableStore", HealthStatus.UP).details(details).build());
        } catch (StoreException e) {
            return Publishers.just(HealthResult.builder("teachableStore", HealthStatus.DOWN)
                    .details(Map.of("error", e.getMessage())).build());
        }
    }
}
