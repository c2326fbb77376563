package io.ambient.context.nlu;

import io.ambient.devices.HomeSnapshot;
import io.ambient.devices.home.HomeFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One-letter typos corrected toward the home's words and the training text's, and what is left alone. */
class SpellingTest {
    private final HomeSnapshot house = HomeFile.read(Path.of("..", "eval", "homes", "family-house.json"),
            Instant.parse("2026-06-01T08:00:00Z"));
    private final Spelling spelling = Vocabulary.of(house).spelling();

    @Test
    void oneLetterTypos_areCorrected() {
        assertEquals("lights", spelling.correct("lihgts"));       // swapped neighbours
        assertEquals("thermostat", spelling.correct("themostat")); // a letter dropped
        assertEquals("shopping", spelling.correct("shoping"));
        assertEquals("unlocked", spelling.correct("unlokced"));
        assertEquals("vacuum", spelling.correct("vaccum"));        // a letter replaced
    }

    @Test
    void theHomesOwnNames_areCorrectedToo() {
        assertEquals("pendant", spelling.correct("pendnat"));
    }

    @Test
    void knownShortAndUnrelatedWords_areLeftAlone() {
        assertEquals("lights", spelling.correct("lights"));
        assertEquals("of", spelling.correct("of"));                // too short to judge
        assertEquals("blorp", spelling.correct("blorp"));          // nothing one edit away
        assertEquals("bluey", spelling.correct("bluey"));          // a letter more at the end is a new word
        assertEquals("42", spelling.correct("42"));
        assertEquals("hanging", spelling.correct("hanging")); // not bent into "changing" of the chatter
    }

    @Test
    void analysis_recognisesTheCorrectedWords_butKeepsWhatWasHeard() {
        Analysis a = Analysis.of(Normalizer.normalize("switch off the pendnat"), Vocabulary.of(house));
        assertEquals("switch off the <name:light>", a.masked());
        assertEquals("pendnat", a.heard().token(3));
        assertEquals("pendant", a.words().token(3));
    }
}
