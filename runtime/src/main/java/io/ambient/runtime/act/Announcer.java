package io.ambient.runtime.act;

/** Speaks a sentence on a site's satellite (Hermes {@code hermes/tts/say}); null site means every site. */
public interface Announcer {
    void say(String siteId, String text);
}
