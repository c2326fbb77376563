package io.ambient.runtime.speecheval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpokenFormTest {
    @Test
    void of_numbersAndSymbols_areSpelledAsSpoken() {
        assertEquals("set the lamp to fifty percent", SpokenForm.of("Set the lamp to 50%"));
        assertEquals("set a timer for twenty five minutes", SpokenForm.of("set a timer for 25 minutes"));
        assertEquals("who won in one thousand nine hundred ninety eight", SpokenForm.of("who won in 1998"));
        assertEquals("heat to twenty one degrees", SpokenForm.of("heat to 21°"));
    }
}
