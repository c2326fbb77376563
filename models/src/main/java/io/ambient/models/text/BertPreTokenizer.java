package io.ambient.models.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hugging Face {@code BertPreTokenizer}: words are separated by whitespace, and every punctuation
 * character is a word of its own ("what's" becomes "what", "'", "s").
 */
final class BertPreTokenizer {

    private BertPreTokenizer() {
    }

    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (CharClasses.isWhitespace(cp)) {
                flush(word, words);
            } else if (CharClasses.isPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
