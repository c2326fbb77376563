/**
 * Finds devices on MQTT and keeps their states in the {@link io.ambient.devices.registry.DeviceRegistry}.
 *
 * <p>Start {@link io.ambient.devices.discovery.MqttDiscovery}; it runs both dialects and fills
 * {@link io.ambient.devices.discovery.DeviceBindings}, which the command gateway reads to address devices.
 *
 * <h2>Home Assistant MQTT discovery (the subset understood)</h2>
 * Configs on {@code homeassistant/<component>/[<node_id>/]<object_id>/config}; entity id
 * {@code <component>.<object_id>} (the config's {@code object_id} wins over the topic's). Keys may be
 * abbreviated ({@code stat_t}, {@code cmd_t}, ...) and may use the {@code ~} base topic. Every component
 * understands {@code name}, {@code device_class}, {@code device.suggested_area}, {@code availability_topic}
 * (or the first {@code availability} entry) with {@code payload_available}/{@code payload_not_available},
 * and {@code json_attributes_topic} (a JSON object merged into the attributes).
 * <ul>
 *   <li>{@code light}: the JSON schema ({@code "schema": "json"}): one JSON state and command
 *       ({@code state}, {@code brightness} 0-255, {@code color} {r,g,b}); without it, on/off only through
 *       {@code state_topic}/{@code command_topic}.</li>
 *   <li>{@code switch}, {@code fan}, {@code binary_sensor}: {@code payload_on}/{@code payload_off} (ON/OFF).</li>
 *   <li>{@code cover}: {@code state_topic} (open, closed, opening, closing, stopped), {@code command_topic}
 *       (OPEN/CLOSE), {@code position_topic} and {@code set_position_topic} (0-100).</li>
 *   <li>{@code lock}: {@code state_topic} (LOCKED, UNLOCKED, ...), {@code command_topic} (LOCK/UNLOCK).</li>
 *   <li>{@code climate}: {@code mode_state_topic}/{@code mode_command_topic}, {@code temperature_state_topic}/
 *       {@code temperature_command_topic}, {@code current_temperature_topic}, {@code action_topic}.</li>
 *   <li>{@code sensor}: {@code state_topic} holds the plain value (value templates are not evaluated).</li>
 *   <li>{@code vacuum}: the state schema: JSON state {@code {"state": "cleaning"}}, {@code command_topic}
 *       taking {@code payload_start}/{@code payload_return_to_base}.</li>
 *   <li>{@code media_player}: not in Home Assistant's MQTT integration; this project's extension uses a JSON
 *       state ({@code state}, {@code volume_level} 0-1, {@code media_title}, ...) and a JSON command
 *       {@code {"command": "play|pause|next|previous|volume|play_media", ...}}.</li>
 * </ul>
 * An empty config removes the entity. When {@code homeassistant/status} says {@code online}, configs are read
 * again (the filters are subscribed again, so the broker re-sends retained configs).
 *
 * <h2>Zigbee2MQTT</h2>
 * The retained {@code zigbee2mqtt/bridge/devices} list gives one entity per device, its domain from
 * {@code definition.exposes} (light, switch, fan, cover, lock, climate; otherwise a temperature, humidity, ...
 * sensor). Ids and areas follow {@link io.ambient.devices.discovery.Zigbee2MqttNaming}. States are JSON on
 * {@code zigbee2mqtt/<friendly_name>}, translated to Home Assistant's state strings and attribute names
 * (brightness 0-254 becomes 0-255); availability on {@code zigbee2mqtt/<friendly_name>/availability}.
 *
 * <p>Attributes follow Home Assistant everywhere: {@code brightness} 0-255, {@code rgb_color} [r,g,b],
 * {@code current_position} 0-100, {@code temperature} (target), {@code current_temperature},
 * {@code volume_level} 0-1, {@code media_title}.
 *
 * <p>A payload that cannot be understood is logged with its topic and the reason, and skipped.
 */
package io.ambient.devices.discovery;
