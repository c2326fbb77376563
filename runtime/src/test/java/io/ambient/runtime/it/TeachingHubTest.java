package io.ambient.runtime.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/** A runtime per test on its own teachable store directory, which a test may restart the runtime on. */
abstract class TeachingHubTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path store;
    RuntimeHarness hub;

    /** Starts (or, closing the running one, restarts) the runtime on this test's store. */
    void startHub() throws Exception {
        if (hub != null) {
            hub.close();
        }
        hub = RuntimeHarness.onEmbeddedBroker(store);
    }

    @AfterEach
    void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }
}
