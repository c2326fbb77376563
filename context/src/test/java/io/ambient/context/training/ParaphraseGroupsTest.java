package io.ambient.context.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ParaphraseGroupsTest {

    @Test
    void maskedExamplesGroupByIntentAndWhatWasFilledIn() {
        ParaphraseGroups groups = new ParaphraseGroups();
        int a = groups.addMasked(new TrainingExample("switch on the <kind:light> in <area>", "HassTurnOn"));
        int b = groups.addMasked(new TrainingExample("<area> <kind:light> on please", "HassTurnOn"));
        int otherIntent = groups.addMasked(new TrainingExample("switch off the <kind:light> in <area>", "HassTurnOff"));
        int otherFill = groups.addMasked(new TrainingExample("switch on the <kind:fan> in <area>", "HassTurnOn"));
        int number = groups.addMasked(new TrainingExample("set the <area> to 21 degrees", "HassClimateSetTemperature"));
        int otherNumber = groups.addMasked(new TrainingExample("set the <area> to 19 degrees", "HassClimateSetTemperature"));
        assertEquals(a, b);
        assertNotEquals(a, otherIntent);
        assertNotEquals(a, otherFill);
        assertNotEquals(number, otherNumber);
        assertEquals(5, groups.groupCount());
        assertEquals(6, groups.groups().length);
    }

    @Test
    void rawSentencesAlsoGroupByTheNamesTheMaskerReplaced() {
        ParaphraseGroups groups = new ParaphraseGroups();
        int kitchen = groups.addRaw(new LabeledSentence("turn on the kitchen light", "HassTurnOn", "h1"),
                "turn on the <area> <kind:light>");
        int kitchenAgain = groups.addRaw(new LabeledSentence("kitchen light on please", "HassTurnOn", "h1"),
                "<area> <kind:light> on please");
        int porch = groups.addRaw(new LabeledSentence("turn on the porch light", "HassTurnOn", "h1"),
                "turn on the <area> <kind:light>");
        int otherHome = groups.addRaw(new LabeledSentence("turn on the kitchen light", "HassTurnOn", "h2"),
                "turn on the <area> <kind:light>");
        assertEquals(kitchen, kitchenAgain);
        assertNotEquals(kitchen, porch);
        assertNotEquals(kitchen, otherHome);
    }
}
