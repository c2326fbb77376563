package io.ambient.devices;

/** What an entity can do or report; the resolver uses these to judge whether a device fits an intent. */
public enum Capability {
    ON_OFF,
    BRIGHTNESS,
    COLOR,
    /** covers and valves that take a 0-100 position */
    POSITION,
    /** covers that open and close */
    OPEN_CLOSE,
    TARGET_TEMPERATURE,
    /** reports a temperature it measures (thermostats, temperature sensors, ovens) */
    CURRENT_TEMPERATURE,
    MEDIA_PLAYBACK,
    VOLUME,
    MEDIA_SEARCH,
    /** a media player that shows pictures (a TV), as opposed to a speaker */
    SCREEN,
    LOCK,
    VACUUM,
    /** a sensor that reports a value (humidity, power, ...) */
    MEASUREMENT
}
