package io.ambient.context.nlu;

import io.ambient.context.TestHomes;
import io.ambient.devices.HomeSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    private final HomeSnapshot home = TestHomes.dev();
    private final Vocabulary vocabulary = Vocabulary.of(home);

    private Analysis analyse(String text) {
        return Analysis.of(Normalizer.normalize(text), vocabulary);
    }

    @Test
    void analyse_fullNameAndAlias_fullEntityMention() {
        Span.Entities piano = analyse("turn on the music lamp").first(Span.Entities.class).orElseThrow();
        assertEquals(List.of("light.piano_lamp"), piano.entityIds());
        assertTrue(piano.full());
        assertEquals("turn on the <name:light>", analyse("turn on the piano lamp").masked());
    }

    @Test
    void analyse_partialName_severalMentions() {
        Span.Entities lamps = analyse("turn on the lamp").first(Span.Entities.class).orElseThrow();
        assertFalse(lamps.full());
        assertEquals(List.of("light.arc_lamp", "light.piano_lamp", "light.bedroom_lamp"), lamps.entityIds());
    }

    @Test
    void analyse_pluralKind_kindNotName() {
        Span.Kind kind = analyse("turn off the lights").first(Span.Kind.class).orElseThrow();
        assertEquals("light", kind.kind().domain());
        assertTrue(analyse("turn off the lights").first(Span.Entities.class).isEmpty());
    }

    @Test
    void analyse_nameMadeOfAreaAndKind_areaAndKind() {
        Analysis a = analyse("close the lounge blind");
        assertEquals("lounge", a.first(Span.AreaName.class).orElseThrow().areaId());
        assertEquals("blind", a.first(Span.Kind.class).orElseThrow().kind().deviceClass());
        assertTrue(a.first(Span.Entities.class).isEmpty());
    }

    @Test
    void analyse_areaAliasAndFloorWords_areaAndFloor() {
        assertEquals("lounge", analyse("in the front room").first(Span.AreaName.class).orElseThrow().areaId());
        assertEquals("upper", analyse("lights upstairs").first(Span.FloorName.class).orElseThrow().floorId());
    }

    @Test
    void analyse_headWordOfLongerAreaName_thatArea() {
        HomeSnapshot h = io.ambient.devices.home.HomeFile.parse("""
                {"areas": [{"id": "mb", "name": "Master Bedroom"}, {"id": "gr", "name": "Guest Room"}],
                 "entities": [{"id": "media_player.mb_tv", "name": "Bedroom TV", "area": "mb"}]}""", TestHomes.AT);
        Vocabulary v = Vocabulary.of(h);
        Analysis a = Analysis.of(Normalizer.normalize("the tv in the bedroom"), v);
        assertEquals("mb", a.first(Span.AreaName.class).orElseThrow().areaId());
        Analysis named = Analysis.of(Normalizer.normalize("the bedroom tv"), v);
        assertEquals(List.of("media_player.mb_tv"), named.first(Span.Entities.class).orElseThrow().entityIds());
        assertTrue(Analysis.of(Normalizer.normalize("the room"), v).first(Span.AreaName.class).isEmpty());
    }

    @Test
    void analyse_modifierOnlyInAnswers_partialMention() {
        assertTrue(analyse("the piano one").first(Span.Entities.class).isEmpty());
        Analysis answer = Analysis.of(Normalizer.normalize("the piano one"), vocabulary, true);
        assertEquals(List.of("light.piano_lamp"), answer.first(Span.Entities.class).orElseThrow().entityIds());
    }

    @Test
    void analyse_quantities_typedSpans() {
        Analysis a = analyse("set a timer for an hour and a half");
        assertInstanceOf(Span.Duration.class, a.spans().get(0));
        assertEquals("set a timer for <duration>", a.masked());
        assertEquals("<color>", analyse("light blue").masked());
    }

    @Test
    void cacheOf_sameNamesNewStates_reusesVocabulary() {
        VocabularyCache cache = new VocabularyCache();
        Vocabulary first = cache.of(home);
        HomeSnapshot changed = TestHomes.dev("switch.oven", "on");
        assertTrue(first == cache.of(changed));
    }

    @Test
    void analyse_wordNamingRoomAndKind_isKindUnlessDeviceFollows() {
        HomeSnapshot h = io.ambient.devices.home.HomeFile.parse("""
                {"areas": [{"id": "garage", "name": "Garage"}],
                 "entities": [{"id": "cover.garage_door", "name": "Garage Door", "area": "garage",
                               "attributes": {"device_class": "garage"}},
                              {"id": "light.garage_strip", "name": "Garage Strip", "area": "garage"}]}
                """, TestHomes.AT);
        Vocabulary v = Vocabulary.of(h);

        Analysis alone = Analysis.of(Normalizer.normalize("open the garage"), v);
        Analysis withLights = Analysis.of(Normalizer.normalize("turn on the garage lights"), v);

        assertEquals("garage", alone.first(Span.Kind.class).orElseThrow().kind().deviceClass());
        assertTrue(alone.first(Span.AreaName.class).isEmpty());
        assertEquals("garage", withLights.first(Span.AreaName.class).orElseThrow().areaId());
        assertEquals("light", withLights.first(Span.Kind.class).orElseThrow().kind().domain());
    }
}
