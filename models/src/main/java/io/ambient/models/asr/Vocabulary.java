package io.ambient.models.asr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What recognition is biased toward: phrases. The command phrases every home uses (resource
 * {@code asr/command-phrases.txt}), one home's names, aliases and areas (also with "the" and "in the" before
 * them), and every single word of those, so that any sequence of the words stays possible. Vosk takes the list as
 * a grammar in which phrases may follow each other in any order; a phrase is one step, so a sentence made of a
 * few known phrases scores better than the same words one by one. {@code [unk]} in the grammar lets a word outside
 * the list come through as unknown instead of being forced onto the nearest listed word.
 */
public record Vocabulary(Set<String> phrases) {
    public static final String UNKNOWN = "[unk]";

    public Vocabulary {
        Set<String> all = new TreeSet<>();
        for (String p : phrases) {
            List<String> words = WordErrorRate.words(p);
            if (!words.isEmpty()) {
                all.add(String.join(" ", words));
                all.addAll(words);
            }
        }
        phrases = Collections.unmodifiableSet(all);
    }

    /** The command phrases alone. */
    public static Vocabulary commands() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/asr/command-phrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("asr/command-phrases.txt is missing from the classpath");
            }
            Set<String> phrases = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    phrases.add(line);
                }
            }
            return new Vocabulary(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This vocabulary plus the given names (entity names, aliases, areas, floors), alone and after "the". */
    public Vocabulary with(Collection<String> names) {
        Set<String> all = new TreeSet<>(phrases);
        for (String name : names) {
            String spoken = name.replace('_', ' ').toLowerCase(Locale.ROOT);
            all.add(spoken);
            all.add("the " + spoken);
            all.add("in the " + spoken);
        }
        return new Vocabulary(all);
    }

    /** The Vosk grammar: a JSON list of the phrases, with {@code [unk]} when unknown words may come through. */
    public String grammarJson(boolean allowUnknown) {
        StringBuilder json = new StringBuilder("[");
        for (String p : phrases) {
            json.append(json.length() > 1 ? ", " : "").append('"').append(p.replace("\"", "")).append('"');
        }
        if (allowUnknown) {
            json.append(json.length() > 1 ? ", " : "").append("\"" + UNKNOWN + "\"");
        }
        return json.append(']').toString();
    }
}
