package io.ambient.models.text;

import java.text.Normalizer;

/**
 * The Hugging Face {@code BertNormalizer}, step for step in the same order: clean text, space out CJK
 * ideographs, strip accents, lowercase. Character classes follow the Rust implementation (not
 * {@link Character#isWhitespace}, which differs on no-break spaces), because the ids must match the ones the
 * encoder was trained with.
 *
 * @param cleanText          drop control characters, turn every whitespace into a plain space
 * @param handleChineseChars put spaces around CJK ideographs so each becomes its own word
 * @param stripAccents       decompose and drop non-spacing marks ("café" becomes "cafe")
 * @param lowercase          lowercase, one code point at a time
 */
record BertNormalizer(boolean cleanText, boolean handleChineseChars, boolean stripAccents, boolean lowercase) {

    private static final int CAPITAL_I_WITH_DOT = 0x130;

    String normalize(String text) {
        String out = text;
        if (cleanText) {
            out = clean(out);
        }
        if (handleChineseChars) {
            out = spaceChinese(out);
        }
        if (stripAccents) {
            out = stripMarks(out);
        }
        if (lowercase) {
            out = lower(out);
        }
        return out;
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            out.appendCodePoint(CharClasses.isWhitespace(cp) ? ' ' : cp);
        });
        return out.toString();
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED) {
            // Java 17 knows Unicode 13; the Rust library knows newer emoji (U+1FAE0 and friends), which it keeps
            // and maps to [UNK]. Unassigned code points in the emoji blocks are treated as assigned to match.
            return !isEmojiBlock(cp);
        }
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    private static boolean isEmojiBlock(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF;
    }

    private static String spaceChinese(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (CharClasses.isChinese(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String stripMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            // The only code point whose full lowercase mapping differs from the simple one Java's
            // Character.toLowerCase gives; Rust's char::to_lowercase (which the original uses) gives both chars.
            if (cp == CAPITAL_I_WITH_DOT) {
                out.append("i\u0307");
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }
}
