package io.ambient.context.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSetTest {
    private final TrainingHomes homes = TrainingHomes.load();
    private final SentenceMasker masker = new SentenceMasker(homes.all());

    @Test
    void of_sameMaskedTextUnderTwoLabels_isDroppedFromBothAndReported() {
        TrainingSet set = TrainingSet.of(List.of(
                new LabeledSentence("stop", "HassMediaPause", "cottage"),
                new LabeledSentence("stop", "HassNevermind", "cottage"),
                new LabeledSentence("pause the music", "HassMediaPause", "cottage")), masker);
        assertEquals(1, set.size());
        assertEquals(1, set.conflicts().size());
        assertEquals(List.of("HassMediaPause", "HassNevermind"), set.conflicts().get(0).labels());
    }

    @Test
    void of_differentNamesSameShape_areOneExample() {
        TrainingSet set = TrainingSet.of(List.of(
                new LabeledSentence("turn on the snug pendant", "HassTurnOn", "cottage"),
                new LabeledSentence("Please turn on the spotlights!", "HassTurnOn", "cottage")), masker);
        assertEquals(1, set.size(), set.examples().toString());
        assertTrue(set.examples().get(0).masked().contains("<name:light>"), set.examples().toString());
    }

    @Test
    void digest_independentOfInputOrder_changesWithContent() {
        LabeledSentence a = new LabeledSentence("what time is it", "HassGetCurrentTime", "apartment");
        LabeledSentence b = new LabeledSentence("tell me a joke", "_out_of_domain", "apartment");
        String ab = TrainingSet.of(List.of(a, b), masker).digest();
        assertEquals(ab, TrainingSet.of(List.of(b, a), masker).digest());
        assertNotEquals(ab, TrainingSet.of(List.of(a), masker).digest());
        assertEquals(64, ab.length());
    }

    @Test
    void countsByLabel_countsDistinctMaskedTexts() {
        TrainingSet set = TrainingSet.of(List.of(
                new LabeledSentence("turn off the tower fan", "HassTurnOff", "apartment"),
                new LabeledSentence("turn off the tower fan please", "HassTurnOff", "apartment"),
                new LabeledSentence("lights off in the nook", "HassTurnOff", "apartment")), masker);
        assertEquals(2, set.countsByLabel().get("HassTurnOff"));
    }
}
