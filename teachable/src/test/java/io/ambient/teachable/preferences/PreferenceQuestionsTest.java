package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreferenceQuestionsTest {
    private final PreferenceQuestions questions = new PreferenceQuestions();

    @Test
    void all_asksTeamMusicTemperatureAndWakeTimeInOrder() {
        assertEquals(java.util.List.of(Preferences.TEAM, Preferences.MUSIC_GENRE, Preferences.TEMPERATURE,
                Preferences.WAKE_TIME), questions.all().stream().map(PreferenceQuestions.Question::key).toList());
        assertTrue(questions.at(questions.all().size()).isEmpty());
    }

    @Test
    void read_shortAnswers_areTakenForTheQuestionAsked() {
        assertEquals(new PreferenceStatement(Preferences.TEAM, "Warriors"), value("the warriors", 0));
        assertEquals(new PreferenceStatement(Preferences.MUSIC_GENRE, "jazz"), value("jazz mostly", 1));
        assertEquals(new PreferenceStatement(Preferences.MUSIC_GENRE, "bossa nova"), value("bossa nova", 1));
        assertEquals(new PreferenceStatement(Preferences.TEMPERATURE, "21"), value("about 21", 2));
        assertEquals(new PreferenceStatement(Preferences.WAKE_TIME, "06:45"), value("quarter to seven", 3));
        assertEquals(new PreferenceStatement(Preferences.WAKE_TIME, "07:30"), value("seven thirty", 3));
    }

    @Test
    void read_fullStatementAsAnswer_isTakenToo() {
        assertEquals(new PreferenceStatement(Preferences.TEAM, "Warriors"), value("I'm a Warriors fan", 0));
    }

    @Test
    void read_skipStopAndNonsense_areTold() {
        PreferenceQuestions.Question temperature = questions.at(2).orElseThrow();
        assertInstanceOf(PreferenceQuestions.Answer.Skip.class, questions.read(temperature, "skip"));
        assertInstanceOf(PreferenceQuestions.Answer.Skip.class, questions.read(temperature, "I don't know"));
        assertInstanceOf(PreferenceQuestions.Answer.Stop.class, questions.read(temperature, "stop"));
        assertInstanceOf(PreferenceQuestions.Answer.Stop.class, questions.read(temperature, "that's all"));
        PreferenceQuestions.Answer.Unclear u = assertInstanceOf(PreferenceQuestions.Answer.Unclear.class,
                questions.read(temperature, "warm I guess"));
        assertTrue(u.reason().contains("temperature"), u.reason());
    }

    private PreferenceStatement value(String answer, int question) {
        PreferenceQuestions.Answer a = questions.read(questions.at(question).orElseThrow(), answer);
        return assertInstanceOf(PreferenceQuestions.Answer.Value.class, a, answer).statement();
    }
}
