package io.ambient.runtime.it;

/** The context rules through the embedded HiveMQ broker the demo uses. */
class EmbeddedBrokerContextRulesTest extends ContextRulesContract {
    @Override
    RuntimeHarness startHub() throws Exception {
        return RuntimeHarness.onEmbeddedBroker();
    }
}
