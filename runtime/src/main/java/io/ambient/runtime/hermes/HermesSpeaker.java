package io.ambient.runtime.hermes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.devices.mqtt.MqttTransport;
import io.ambient.runtime.act.Announcer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Says things on satellites with {@code hermes/tts/say}; to every known site when no site is given. */
public final class HermesSpeaker implements Announcer {
    private static final Logger LOG = LoggerFactory.getLogger(HermesSpeaker.class);
    private final MqttTransport mqtt;
    private final Supplier<Collection<String>> sites;
    private final ObjectMapper json = new ObjectMapper();

    public HermesSpeaker(MqttTransport mqtt, Supplier<Collection<String>> sites) {
        this.mqtt = mqtt;
        this.sites = sites;
    }

    @Override
    public void say(String siteId, String text) {
        Collection<String> targets = siteId != null ? List.of(siteId) : sites.get();
        for (String site : targets) {
            ObjectNode say = json.createObjectNode();
            say.put("text", text);
            say.put("siteId", site);
            say.put("lang", "en");
            say.put("id", UUID.randomUUID().toString());
            mqtt.publish("hermes/tts/say", say.toString().getBytes(StandardCharsets.UTF_8),
                    MqttTransport.AT_LEAST_ONCE, false).exceptionally(e -> {
                        LOG.warn("could not say on {}: {}", site, e.getMessage());
                        return null;
                    });
        }
    }
}
