/**
 * Sends {@link io.ambient.devices.DeviceCommand}s to devices and waits for the state that confirms them.
 *
 * <p>{@link io.ambient.devices.gateway.MqttDeviceGateway} is the module's
 * {@link io.ambient.devices.DeviceCommander}: it checks the entity and its capabilities, encodes the command in
 * the device's dialect (Home Assistant command topics or a Zigbee2MQTT JSON {@code set}), publishes it with
 * QoS 1, and completes when the registry receives a state report that shows the command took effect, or with a
 * {@link io.ambient.devices.CommandOutcome.Failed} that names the device and says why.
 */
package io.ambient.devices.gateway;
