package io.ambient.models.registry;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelHandleTest {

    @Test
    void retire_closesOnlyAfterTheLastLeaseIsReturned_andGrantsNoNewLease() {
        AtomicInteger closed = new AtomicInteger();
        ModelHandle<String> h = new ModelHandle<>("model", "v1", closed::incrementAndGet);
        ModelHandle.Lease<String> a = h.tryAcquire().orElseThrow();
        ModelHandle.Lease<String> b = h.tryAcquire().orElseThrow();
        h.retire();
        assertEquals(0, closed.get(), "two turns still hold it");
        a.close();
        a.close(); // returning twice counts once
        assertEquals(0, closed.get());
        b.close();
        assertEquals(1, closed.get());
        assertTrue(h.isClosed());
        assertFalse(h.tryAcquire().isPresent(), "a drained model grants no lease");
        h.retire();
        assertEquals(1, closed.get(), "closed once");
    }
}
