package io.ambient.devices;

import java.util.function.Consumer;

/** The current picture of the home, kept fresh by MQTT; readers get immutable snapshots. */
public interface HomeStateSource {

    HomeSnapshot current();

    /** Called after every change with the new snapshot (on the MQTT thread: be quick, do not block). */
    AutoCloseable subscribe(Consumer<HomeSnapshot> listener);
}
