/**
 * The device registry: the single writer of the home's state.
 *
 * <p>{@link io.ambient.devices.registry.DeviceRegistry} starts from a layout (the home file's floors, areas,
 * sites and optional entity names) and merges what discovery reports ({@link
 * io.ambient.devices.registry.DiscoveredEntity}) and the states devices publish. Every change makes a new
 * immutable {@link io.ambient.devices.HomeSnapshot}; readers never see a half-applied update.
 */
package io.ambient.devices.registry;
