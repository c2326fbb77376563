/**
 * The application: {@link io.ambient.runtime.Main} is the {@code ./ambient} command line; {@code demo} and
 * {@code run} start the Micronaut server that wires the library modules together (see {@code wiring}).
 *
 * <p>Subpackages: {@code turn} (the pipeline), {@code act} (doing things), {@code http} (the API),
 * {@code hermes} (satellites over MQTT), {@code config} (validated configuration records), {@code wiring}
 * (factories), {@code health} (health and metrics), {@code cli} (the commands that talk to a running hub
 * or run offline).
 */
package io.ambient.runtime;
