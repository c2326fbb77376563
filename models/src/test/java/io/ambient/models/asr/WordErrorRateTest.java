package io.ambient.models.asr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordErrorRateTest {
    @Test
    void of_identical_isZero() {
        assertEquals(0.0, WordErrorRate.of("Turn on the kitchen lights.", "turn on the kitchen lights").rate());
    }

    @Test
    void of_countsEachKindOfEdit() {
        WordErrorRate.Errors e = WordErrorRate.of("turn on the kitchen lights", "turn the kitten lights please");
        assertEquals(1, e.deletions());       // on
        assertEquals(1, e.substitutions());   // kitchen -> kitten
        assertEquals(1, e.insertions());      // please
        assertEquals(0.6, e.rate(), 1e-9);
    }

    @Test
    void of_nothingHeard_isAllDeletions() {
        WordErrorRate.Errors e = WordErrorRate.of("pause", "");
        assertEquals(1, e.deletions());
        assertEquals(1.0, e.rate());
    }

    @Test
    void plus_poolsCounts() {
        WordErrorRate.Errors e = WordErrorRate.of("a b", "a c").plus(WordErrorRate.of("x y z", "x y z"));
        assertEquals(0.2, e.rate(), 1e-9);
    }
}
