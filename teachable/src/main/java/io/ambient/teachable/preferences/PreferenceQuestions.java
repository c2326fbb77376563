package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questions "learn my preferences" asks, in order, and how an answer to each is read. An answer
 * may skip a question ("skip", "I don't have one") or end the dialog ("stop", "that's all").
 */
public final class PreferenceQuestions {

    /** One question: the preference it fills and the words that ask for it. */
    public record Question(String key, String prompt) {
        public Question {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /** How an answer was taken. */
    public sealed interface Answer {
        /** A value for the question's preference. */
        record Value(PreferenceStatement statement) implements Answer { }

        /** No value for this one; go on. */
        record Skip() implements Answer { }

        /** End the dialog now. */
        record Stop() implements Answer { }

        /** Not usable; ask again, saying why. */
        record Unclear(String reason) implements Answer { }
    }

    private static final List<Question> CATALOGUE = List.of(
            new Question(Preferences.TEAM, "Which sports team do you follow?"),
            new Question(Preferences.MUSIC_GENRE, "What kind of music do you like best?"),
            new Question(Preferences.TEMPERATURE, "What room temperature do you find comfortable?"),
            new Question(Preferences.WAKE_TIME, "What time do you usually wake up?"));
    private static final Set<String> SKIP = Set.of("skip", "next", "pass", "none", "no one", "nothing",
            "not really", "i do not know", "do not know", "dunno", "no idea", "i do not have one",
            "i do not", "no", "nope", "no team", "i do not follow any", "i do not care", "not sure");
    private static final Set<String> STOP = Set.of("stop", "cancel", "that is all", "that is it", "enough",
            "never mind", "nevermind", "quit", "exit", "done", "i am done", "no more", "end", "finish");

    private static final List<String> TRIGGERS = List.of("learn my preferences", "learn my preference",
            "learn what i like", "get to know me", "ask me about my preferences", "teach you my preferences",
            "tell you my preferences", "set up my preferences", "learn about me", "learn my likes");

    /** Whether the words ask to start the preference questions ("learn my preferences"). */
    public boolean startsDialog(String text) {
        String joined = Words.join(Words.of(text));
        return TRIGGERS.stream().anyMatch(joined::contains);
    }

    public List<Question> all() {
        return CATALOGUE;
    }

    /** The question at {@code index}, if the catalogue has that many. */
    public Optional<Question> at(int index) {
        return index >= 0 && index < CATALOGUE.size() ? Optional.of(CATALOGUE.get(index)) : Optional.empty();
    }

    /** Reads an answer to {@code question}. */
    public Answer read(Question question, String text) {
        List<String> words = Words.of(text);
        String joined = Words.join(words);
        if (STOP.contains(joined) || joined.startsWith("stop ") || joined.startsWith("cancel ")) {
            return new Answer.Stop();
        }
        if (words.isEmpty() || SKIP.contains(joined) || joined.startsWith("skip ")) {
            return new Answer.Skip();
        }
        // a full statement ("I'm a Warriors fan") answers too, even for another question
        Optional<Reading> stated = new PreferenceStatements().read(text);
        Reading r = stated.filter(s -> keyOf(s).equals(question.key()))
                .orElseGet(() -> PreferenceValues.read(question.key(), words));
        if (r instanceof Reading.Understood u) {
            return new Answer.Value(u.statement());
        }
        return new Answer.Unclear(((Reading.Unclear) r).reason());
    }

    private static String keyOf(Reading r) {
        return r instanceof Reading.Understood u ? u.statement().key() : ((Reading.Unclear) r).key();
    }
}
