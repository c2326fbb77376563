package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreferenceStatementsTest {
    private final PreferenceStatements statements = new PreferenceStatements();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'm a Warriors fan|team|Warriors",
            "i am a golden state warriors fan|team|Golden State Warriors",
            "I support the Celtics.|team|Celtics",
            "my favorite team is the Lakers|team|Lakers",
            "I’m a fan of the Red Sox|team|Red Sox",
            "I love jazz|music_genre|jazz",
            "I'm a jazz fan|music_genre|jazz",
            "I really like hip hop|music_genre|hip hop",
            "I like Bollywood music|music_genre|bollywood",
            "my favourite music is classical|music_genre|classical",
            "I like it at 21 degrees|temperature|21",
            "I like it at twenty one and a half|temperature|21.5",
            "I'm comfortable at 70 degrees fahrenheit|temperature|21",
            "I'm most comfortable at 20°C|temperature|20",
            "I wake up at 6:30|wake_time|06:30",
            "I usually get up at seven|wake_time|07:00",
            "I wake up at half past six|wake_time|06:30",
            "I get up at 7 pm|wake_time|19:00"})
    void read_statement_givesKeyAndCanonicalValue(String text, String key, String value) {
        Optional<Reading> r = statements.read(text);

        assertTrue(r.isPresent(), text);
        Reading.Understood u = assertInstanceOf(Reading.Understood.class, r.get(), text);
        assertEquals(new PreferenceStatement(key, value), u.statement());
    }

    @ParameterizedTest
    @ValueSource(strings = {"set the thermostat to 21 degrees", "play some jazz", "turn on the lights",
            "I'm cold", "what's the score", "I like you", "make it comfortable", "I am home",
            "I love it when the lights are on"})
    void read_requestOrChatter_isNoStatement(String text) {
        assertTrue(statements.read(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I like it at 45 degrees", "I'm comfortable at 5 degrees"})
    void read_implausibleTemperature_isUnclearWithReason(String text) {
        Reading r = statements.read(text).orElseThrow();

        Reading.Unclear u = assertInstanceOf(Reading.Unclear.class, r);
        assertEquals(Preferences.TEMPERATURE, u.key());
        assertTrue(u.reason().contains("between"), u.reason());
    }
}
