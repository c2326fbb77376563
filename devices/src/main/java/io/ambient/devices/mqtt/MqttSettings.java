package io.ambient.devices.mqtt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the MQTT broker.
 *
 * @param host           broker host name or address
 * @param port           1-65535
 * @param clientId       MQTT client id; must be unique per broker, or the broker disconnects the older client
 * @param username       null for anonymous access
 * @param password       null when there is no username or the broker needs none
 * @param tls            connect with TLS ({@code ssl://}); the JVM trust store is used unless {@code caCertificate} is set
 * @param caCertificate  PEM/DER file of the CA that signed the broker's certificate, or null
 * @param connectTimeout how long one connection attempt may take
 * @param commandTimeout how long a device may take to confirm a command (default 3 s)
 */
public record MqttSettings(
        String host,
        int port,
        String clientId,
        String username,
        String password,
        boolean tls,
        Path caCertificate,
        Duration connectTimeout,
        Duration commandTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(3);

    public MqttSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("MQTT host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("MQTT port must be 1-65535, was " + port);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("MQTT client id must not be blank");
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("MQTT password given without a username");
        }
        if (caCertificate != null && !tls) {
            throw new IllegalArgumentException("MQTT CA certificate " + caCertificate + " given but tls is false");
        }
        connectTimeout = positive(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout, "connectTimeout");
        commandTimeout = positive(commandTimeout == null ? DEFAULT_COMMAND_TIMEOUT : commandTimeout, "commandTimeout");
    }

    /** Anonymous, plain TCP settings with default timeouts: the embedded broker and tests. */
    public static MqttSettings local(String host, int port, String clientId) {
        return new MqttSettings(host, port, clientId, null, null, false, null, null, null);
    }

    /** The same settings with another command timeout. */
    public MqttSettings withCommandTimeout(Duration timeout) {
        return new MqttSettings(host, port, clientId, username, password, tls, caCertificate, connectTimeout, timeout);
    }

    /** The same settings with another client id (each MQTT client on one broker needs its own). */
    public MqttSettings withClientId(String id) {
        return new MqttSettings(host, port, id, username, password, tls, caCertificate, connectTimeout, commandTimeout);
    }

    /** {@code tcp://host:port} or {@code ssl://host:port}. */
    public String serverUri() {
        return (tls ? "ssl://" : "tcp://") + host + ":" + port;
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("MQTT " + name + " must be positive, was " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        // the password never reaches a log line
        return "MqttSettings[" + serverUri() + ", clientId=" + clientId + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", caCertificate=" + caCertificate
                + ", connectTimeout=" + connectTimeout + ", commandTimeout=" + commandTimeout + "]";
    }
}
