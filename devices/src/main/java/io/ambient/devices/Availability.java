package io.ambient.devices;

/** Whether a device answers; an offline device is a status with a reason, never an exception. */
public enum Availability {
    ONLINE,
    OFFLINE,
    UNKNOWN
}
