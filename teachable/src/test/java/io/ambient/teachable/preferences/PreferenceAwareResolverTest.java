package io.ambient.teachable.preferences;

import io.ambient.context.ContextSnapshot;
import io.ambient.context.Intents;
import io.ambient.context.Interpretation;
import io.ambient.context.Preferences;
import io.ambient.context.nlu.RuleBasedUnderstander;
import io.ambient.context.resolve.DefaultContextResolver;
import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preference effects on the test home, with the real keyword understanding and context resolver. */
class PreferenceAwareResolverTest {
    private static final Preferences ANN = Preferences.NONE.with(Preferences.TEAM, "Warriors", "ann")
            .with(Preferences.TEMPERATURE, "21.5", "ann").with(Preferences.MUSIC_GENRE, "jazz", "household");

    private final HomeSnapshot home = HomeFile.read(homeFile(), Instant.parse("2026-05-01T07:00:00Z"));
    private final RuleBasedUnderstander understander = new RuleBasedUnderstander();
    private final PreferenceAwareResolver resolver = new PreferenceAwareResolver(new DefaultContextResolver());

    @Test
    void score_withTeam_asksForTheirTeamAndSaysSo() {
        Interpretation.Resolved r = resolved("what's the score", "kitchen", ANN);

        assertEquals(Intents.GET_SCORE, r.intent());
        assertEquals("Warriors", r.slots().text("team").orElseThrow());
        assertEquals("preference:ann/team=Warriors", r.contextUsed().get(0));
    }

    @Test
    void comfortable_withTemperature_setsTheThermostatToIt() {
        Interpretation.Resolved r = resolved("make it comfortable", "office", ANN);

        assertEquals(Intents.CLIMATE_SET_TEMPERATURE, r.intent());
        assertEquals(21.5, r.slots().number("temperature").orElseThrow().doubleValue());
        assertEquals(List.of("climate.office_thermostat"), r.targets());
        assertTrue(r.contextUsed().contains("preference:ann/temperature=21.5"), r.contextUsed().toString());
    }

    @Test
    void music_withGenre_playsTheGenreOnASpeaker() {
        Interpretation.Resolved r = resolved("play some music", "kitchen", ANN);

        assertEquals(Intents.MEDIA_SEARCH_AND_PLAY, r.intent());
        assertEquals("jazz", r.slots().text("search_query").orElseThrow());
        assertEquals("music", r.slots().text("media_class").orElseThrow());
        assertEquals(List.of("media_player.kitchen_speaker"), r.targets());
        assertEquals("preference:household/music_genre=jazz", r.contextUsed().get(0));
    }

    @Test
    void withoutPreferences_scoreAndComfortSayHowToTeachThem_musicKeepsItsMeaning() {
        Interpretation score = resolve("what's the score", "kitchen", Preferences.NONE);
        Interpretation comfort = resolve("make it comfortable", "office", Preferences.NONE);
        Interpretation music = resolve("play some music", "kitchen", Preferences.NONE);

        assertTrue(assertInstanceOf(Interpretation.NotUnderstood.class, score).reason().contains("Warriors fan"));
        assertTrue(assertInstanceOf(Interpretation.NotUnderstood.class, comfort).reason().contains("21 degrees"));
        assertTrue(music.contextUsed().stream().noneMatch(u -> u.startsWith("preference:")));
    }

    @Test
    void unrelatedRequest_isResolvedAsWithoutPreferences() {
        Interpretation with = resolve("turn on the lights", "kitchen", ANN);
        Interpretation without = resolve("turn on the lights", "kitchen", Preferences.NONE);

        assertEquals(without, with);
    }

    private Interpretation.Resolved resolved(String text, String area, Preferences p) {
        return assertInstanceOf(Interpretation.Resolved.class, resolve(text, area, p));
    }

    private Interpretation resolve(String text, String areaId, Preferences p) {
        ContextSnapshot ctx = new ContextSnapshot(null, home.area(areaId).orElseThrow(), "ann",
                LocalDateTime.parse("2026-05-01T07:00:00"), home, List.of(), p);
        return resolver.resolve(text, understander.understand(text, home), ctx);
    }

    private static Path homeFile() {
        try {
            return Path.of(PreferenceAwareResolverTest.class.getResource("/homes/test-home.json").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
