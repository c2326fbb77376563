package io.ambient.context.nlu;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Devices named by meaning, with the real MiniLM encoder, in the evaluation's family house and cottage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzyEntityNamesTest {
    private OnnxRuntimeAdapter adapter;
    private OnnxSentenceEncoder encoder;
    private FuzzyEntityNames fuzzy;
    private final VocabularyCache vocabularies = new VocabularyCache();
    private final HomeSnapshot house = home("family-house");
    private final HomeSnapshot cottage = home("cottage");

    private static HomeSnapshot home(String name) {
        return HomeFile.read(Path.of("..", "eval", "homes", name + ".json"), Instant.parse("2026-06-01T08:00:00Z"));
    }

    @BeforeAll
    void load() {
        adapter = new OnnxRuntimeAdapter(1);
        encoder = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter);
        fuzzy = new FuzzyEntityNames(encoder);
    }

    @AfterAll
    void close() {
        encoder.close();
        adapter.close();
    }

    private FuzzyEntityNames.Refined refine(String text, HomeSnapshot home) {
        return fuzzy.refine(Analysis.of(Normalizer.normalize(text), vocabularies.of(home)), home);
    }

    private List<String> ids(String text, HomeSnapshot home) {
        return refine(text, home).match().map(FuzzyEntityNames.Match::entityIds).orElse(List.of());
    }

    @Test
    void descriptor_dropsTheAreaAndKeepsWhatTellsTheDeviceApart() {
        assertEquals(Optional.of("ceiling light"), FuzzyEntityNames.descriptor(
                house.entity("light.kitchen_ceiling").orElseThrow(), house));
        assertEquals(Optional.of("floor lamp"), FuzzyEntityNames.descriptor(
                house.entity("light.floor_lamp").orElseThrow(), house));
        // nothing left but a kind word: named by kind and area, never by meaning
        assertEquals(Optional.empty(), FuzzyEntityNames.descriptor(house.entity("fan.office_fan").orElseThrow(), house));
        assertEquals(Optional.empty(), FuzzyEntityNames.descriptor(house.entity("light.hallway").orElseThrow(), house));
    }

    @Test
    void hangingLight_namesTheCeilingLights_andTheMaskShowsAPartName() {
        FuzzyEntityNames.Refined r = refine("turn on the hanging light", house);
        assertTrue(r.match().isPresent(), "no match for 'hanging light'");
        List<String> ids = r.match().get().entityIds();
        assertTrue(ids.contains("light.living_room_ceiling"), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.endsWith("_ceiling")), ids.toString());
        assertEquals("turn on the <partname:light>", r.analysis().masked());
        assertTrue(r.analysis().leftover().isEmpty(), r.analysis().leftover().toString());
        assertTrue(r.match().get().evidence().startsWith("fuzzy:hanging light~ceiling light("), r.match().get().evidence());
    }

    @Test
    void aMatchBelowTheThreshold_isNoMatch() {
        // MiniLM puts "big light" closest to "night light" (0.62): below the threshold, so nothing is guessed
        assertTrue(refine("turn on the big light", house).match().isEmpty());
    }

    @Test
    void aPartOfANameNarrowsTheCandidates() {
        // "desk lamp" is within the margin (0.69 vs 0.72): both are kept, the room decides between them
        List<String> standing = ids("put the standing lamp on", house);
        assertEquals("light.floor_lamp", standing.get(0), standing.toString());
        assertFalse(standing.contains("light.reading_lamp"), standing.toString());
        assertEquals(List.of("light.reading_lamp"), ids("turn off the book lamp", house));
    }

    @Test
    void cottageMainLight_namesEveryCeilingLight_forTheResolverToPickByRoom() {
        List<String> ids = ids("turn the overhead light off", cottage);
        assertTrue(ids.contains("light.bedroom_ceiling") && ids.contains("light.kitchen_ceiling"), ids.toString());
        assertFalse(ids.contains("light.study_lamp"), ids.toString());
    }

    @Test
    void somethingTheHomeDoesNotHave_staysUnknown() {
        assertTrue(refine("turn on the sprinkler", house).match().isEmpty());
        assertTrue(refine("heat up the hot tub", house).match().isEmpty());
        FuzzyEntityNames.Refined r = refine("turn on the sprinkler", house);
        assertTrue(r.analysis().leftover().contains("sprinkler"));
    }

    @Test
    void wordsThatNameADevice_areLeftAlone() {
        FuzzyEntityNames.Refined r = refine("turn on the floor lamp", house);
        assertTrue(r.match().isEmpty());
        assertEquals("turn on the <name:light>", r.analysis().masked());
    }

    @Test
    void badSettings_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FuzzyEntityNames(encoder, 1.5, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new FuzzyEntityNames(encoder, 0.5, -0.1));
    }
}
