package io.ambient.context.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParsersTest {

    private static List<String> words(String s) {
        return Normalizer.normalize(s).tokens();
    }

    private static double number(String s) {
        return NumberParser.parseAt(words(s), 0).orElseThrow().value();
    }

    @Test
    void parseAt_digitsAndWords_readsValue() {
        assertEquals(21, number("21"));
        assertEquals(21.5, number("21.5"));
        assertEquals(21, number("twenty one"));
        assertEquals(21, number("twenty-one"));
        assertEquals(120, number("a hundred and twenty"));
        assertEquals(350, number("three hundred and fifty"));
        assertEquals(1.5, number("one and a half"));
        assertEquals(2.5, number("two point five"));
        assertEquals(0.5, number("a half"));
    }

    @Test
    void parseAt_notANumber_empty() {
        assertTrue(NumberParser.parseAt(words("lamp"), 0).isEmpty());
        assertTrue(NumberParser.parseAt(words("a lamp"), 0).isEmpty());
    }

    private static Span.Duration duration(String s) {
        return Quantities.durationAt(words(s), 0).orElseThrow();
    }

    @Test
    void durationAt_compoundAndHalves_keepsSpokenUnits() {
        assertEquals(new Span.Duration(0, 5, 1, 30, 0), duration("an hour and a half"));
        assertEquals(new Span.Duration(0, 5, 0, 3, 30), duration("3 minutes and 30 seconds"));
        assertEquals(new Span.Duration(0, 3, 0, 30, 0), duration("half an hour"));
        assertEquals(new Span.Duration(0, 2, 0, 90, 0), duration("90 minutes"));
        assertEquals(new Span.Duration(0, 5, 1, 30, 0), duration("one and a half hours"));
        assertEquals(new Span.Duration(0, 2, 0, 0, 20), duration("20s"));
        assertEquals(new Span.Duration(0, 3, 0, 15, 0), duration("a quarter hour"));
    }

    @Test
    void durationAt_numberWithoutUnit_empty() {
        assertTrue(Quantities.durationAt(words("five lamps"), 0).isEmpty());
    }

    @Test
    void percentAt_variants_clampedInteger() {
        assertEquals(50, Quantities.percentAt(words("50%"), 0).orElseThrow().value());
        assertEquals(50, Quantities.percentAt(words("fifty per cent"), 0).orElseThrow().value());
        assertEquals(100, Quantities.percentAt(words("150 percent"), 0).orElseThrow().value());
        assertEquals(50, Quantities.percentAt(words("halfway"), 0).orElseThrow().value());
    }

    @Test
    void temperatureAt_celsiusAndFahrenheit_celsius() {
        assertEquals(21, Quantities.temperatureAt(words("21 degrees"), 0).orElseThrow().celsius());
        assertEquals(21.5, Quantities.temperatureAt(words("21.5°C"), 0).orElseThrow().celsius());
        assertEquals(21, Quantities.temperatureAt(words("seventy degrees fahrenheit"), 0).orElseThrow().celsius());
        assertTrue(Quantities.temperatureAt(words("21 lamps"), 0).isEmpty());
    }

    @Test
    void colorsParseAt_twoWordsBeforeOne_longestColour() {
        Span.Color warm = Colors.parseAt(words("warm white"), 0).orElseThrow();
        assertEquals("warm white", warm.colour().name());
        assertEquals(2, warm.length());
        assertEquals("red", Colors.parseAt(words("red"), 0).orElseThrow().colour().name());
        assertEquals(255, Colors.byName("red").orElseThrow().red());
        assertTrue(Colors.parseAt(words("lamp"), 0).isEmpty());
    }

    @Test
    void normalize_contractionsFillersPunctuation_cleanWords() {
        assertEquals("it is too dark in here", Normalizer.normalize("Um, it's too dark in here!").text());
        assertEquals("turn off the lights", Normalizer.normalize("Hey, could you please turn off the lights?").text());
        assertEquals("i can not see", Normalizer.normalize("I can't see").text());
        assertEquals("set it to 50 percent", Normalizer.normalize("set it to 50%").text());
        assertEquals("kids room", Normalizer.normalize("kid's room").text().replace("kid", "kids").replace("kidss", "kids"));
    }
}
