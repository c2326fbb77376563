/**
 * The MQTT port and its adapters.
 *
 * <p>{@link io.ambient.devices.mqtt.MqttTransport} is the only MQTT type the rest of the module (and the
 * runtime) depends on. {@link io.ambient.devices.mqtt.PahoMqttTransport} implements it with the Eclipse Paho
 * MQTT 5 client and is the only class that imports Paho; {@link io.ambient.devices.mqtt.EmbeddedBroker} runs
 * HiveMQ CE inside the JVM on 127.0.0.1 and is the only class that imports HiveMQ. Connection settings are the
 * validated record {@link io.ambient.devices.mqtt.MqttSettings}.
 */
package io.ambient.devices.mqtt;
