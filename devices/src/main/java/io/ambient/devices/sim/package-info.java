/**
 * A simulated home: every entity of a home file runs as a virtual device on an MQTT broker, speaking Home
 * Assistant MQTT discovery or Zigbee2MQTT as the home file's {@code protocol} field says. Used by the demo
 * and the tests; {@link io.ambient.devices.sim.SimulatedHome} is the entry point.
 */
package io.ambient.devices.sim;
