package io.ambient.devices.discovery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The current {@link DeviceBinding} of every discovered entity; written by discovery, read by the gateway. */
public final class DeviceBindings {
    private final Map<String, DeviceBinding> byEntity = new ConcurrentHashMap<>();

    public Optional<DeviceBinding> get(String entityId) {
        return Optional.ofNullable(byEntity.get(entityId));
    }

    void put(DeviceBinding binding) {
        byEntity.put(binding.entityId(), binding);
    }

    void remove(String entityId) {
        byEntity.remove(entityId);
    }
}
