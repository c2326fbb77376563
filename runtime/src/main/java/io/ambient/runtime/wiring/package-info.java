/**
 * Micronaut factories that build the library modules' objects from configuration and tie native and network
 * resources (the broker, the MQTT client, executors) to the application context's life.
 */
package io.ambient.runtime.wiring;
