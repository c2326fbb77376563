package io.ambient.devices.discovery;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HaConfigTest {

    private static HaConfig parse(String component, String objectId, String json) {
        return HaConfig.parse(component, objectId, Json.object(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parse_abbreviatedKeysAndBaseTopic_expanded() {
        HaConfig c = parse("switch", "kettle", """
                {"~": "home/kettle", "name": "Kettle", "stat_t": "~/state", "cmd_t": "~/set", "pl_on": "1",
                 "pl_off": "0", "avty_t": "~/avail", "dev": {"name": "Kettle plug", "sa": "Kitchen"}}
                """);

        assertEquals("switch.kettle", c.entity().id());
        assertEquals("Kettle", c.entity().name());
        assertEquals("Kitchen", c.entity().suggestedArea());
        assertEquals("home/kettle/state", c.binding().topics().get("state_topic"));
        assertEquals("home/kettle/set", c.binding().topics().get("command_topic"));
        assertEquals("home/kettle/avail", c.binding().topics().get("availability_topic"));
        assertEquals("1", c.binding().payload("payload_on", "ON"));
    }

    @Test
    void parse_objectIdInConfig_winsOverTopic() {
        HaConfig c = parse("light", "0x1234", """
                {"object_id": "porch", "schema": "json", "command_topic": "p/set", "state_topic": "p/state"}
                """);

        assertEquals("light.porch", c.entity().id());
        assertTrue(c.binding().jsonSchema());
    }

    @Test
    void parse_noNameAnywhere_nameLeftToLayout() {
        HaConfig c = parse("lock", "front_door", "{\"command_topic\": \"d/set\", \"state_topic\": \"d/state\"}");

        assertEquals(null, c.entity().name());
    }

    @Test
    void parse_noTopics_rejectedWithReason() {
        BadPayloadException e = assertThrows(BadPayloadException.class,
                () -> parse("switch", "x", "{\"name\": \"X\"}"));

        assertTrue(e.getMessage().contains("state_topic"), e.getMessage());
    }

    @Test
    void parse_unsupportedComponent_rejected() {
        assertThrows(BadPayloadException.class, () -> parse("siren", "x", "{\"command_topic\": \"s\"}"));
    }
}
