package io.ambient.devices.mqtt;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MqttSettingsTest {

    @Test
    void local_defaults_threeSecondCommandTimeoutAndPlainTcp() {
        MqttSettings s = MqttSettings.local("127.0.0.1", 1883, "hub");

        assertEquals(Duration.ofSeconds(3), s.commandTimeout());
        assertEquals("tcp://127.0.0.1:1883", s.serverUri());
    }

    @Test
    void new_portOutOfRange_throwsNamingThePort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MqttSettings.local("localhost", 70_000, "hub"));

        assertTrue(e.getMessage().contains("70000"), e.getMessage());
    }

    @Test
    void new_blankHostOrClientId_throws() {
        assertThrows(IllegalArgumentException.class, () -> MqttSettings.local(" ", 1883, "hub"));
        assertThrows(IllegalArgumentException.class, () -> MqttSettings.local("localhost", 1883, ""));
    }

    @Test
    void new_passwordWithoutUsername_throws() {
        assertThrows(IllegalArgumentException.class, () -> new MqttSettings("h", 1883, "c", null, "secret", false,
                null, null, null));
    }

    @Test
    void new_caCertificateWithoutTls_throws() {
        assertThrows(IllegalArgumentException.class, () -> new MqttSettings("h", 8883, "c", null, null, false,
                Path.of("ca.pem"), null, null));
    }

    @Test
    void new_zeroCommandTimeout_throws() {
        assertThrows(IllegalArgumentException.class, () -> new MqttSettings("h", 1883, "c", null, null, false,
                null, null, Duration.ZERO));
    }

    @Test
    void toString_withPassword_hidesIt() {
        MqttSettings s = new MqttSettings("h", 8883, "c", "ann", "hunter2", true, null, null, null);

        assertFalse(s.toString().contains("hunter2"), s.toString());
        assertEquals("ssl://h:8883", s.serverUri());
    }

    @Test
    void matches_wildcards_followMqttRules() {
        assertTrue(MqttTransport.matches("homeassistant/+/+/config", "homeassistant/light/x/config"));
        assertFalse(MqttTransport.matches("homeassistant/+/+/config", "homeassistant/light/n/x/config"));
        assertTrue(MqttTransport.matches("zigbee2mqtt/#", "zigbee2mqtt/a/b"));
        assertTrue(MqttTransport.matches("zigbee2mqtt/#", "zigbee2mqtt"));
        assertFalse(MqttTransport.matches("a/b", "a/b/c"));
        assertTrue(MqttTransport.matches("a/b", "a/b"));
    }
}
