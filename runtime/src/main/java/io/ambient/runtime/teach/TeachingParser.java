package io.ambient.runtime.teach;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises teaching commands by their fixed openings. Deliberately strict: anything else is an ordinary
 * request and goes on to understanding, so "forget it" still cancels and "call mum" is not an alias.
 */
public final class TeachingParser {
    private static final String FOR_EVERYONE = "(?:\\s+for\\s+(?:everyone|everybody|all\\s+of\\s+us|the\\s+household))";
    private static final Pattern PHRASE = Pattern.compile(
            "^(?:when(?:ever)?|if)\\s+(i|we|anyone|anybody|someone|somebody)\\s+says?\\s+[\"']?(.+?)[\"']?"
                    + "\\s*(?:,|\\s+then\\s+|\\s+it\\s+means\\s+|\\s+that\\s+means\\s+|\\s+i\\s+mean\\s+"
                    + "|\\s+i\\s+want\\s+you\\s+to\\s+)\\s*(.+?)" + FOR_EVERYONE + "?\\s*[.!]?$");
    private static final Pattern ALIAS = Pattern.compile(
            "^(?:please\\s+)?(?:call|name)\\s+(?:the\\s+|my\\s+|our\\s+)?(.+?)" + "(" + FOR_EVERYONE + ")?\\s*[.!]?$");
    private static final Pattern FORGET = Pattern.compile(
            "^(?:please\\s+)?(?:forget|unlearn)\\s+(?:about\\s+|the\\s+phrase\\s+|the\\s+alias\\s+|the\\s+name\\s+)?"
                    + "[\"']?(.+?)[\"']?(" + FOR_EVERYONE + ")?\\s*[.!]?$");

    private TeachingParser() {
    }

    public static Optional<TeachingCommand> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        Matcher m = PHRASE.matcher(t);
        if (m.matches()) {
            List<String> steps = TaughtStepSplitter.split(m.group(3));
            boolean everyone = !m.group(1).equals("i") || t.matches(".*" + FOR_EVERYONE + "\\s*[.!]?$");
            return steps.isEmpty() ? Optional.empty()
                    : Optional.of(new TeachingCommand.TeachPhrase(m.group(2).trim(), steps, everyone));
        }
        m = FORGET.matcher(t);
        if (m.matches()) {
            return Optional.of(new TeachingCommand.Forget(m.group(1).trim(), m.group(2) != null));
        }
        m = ALIAS.matcher(t);
        if (m.matches()) {
            List<String> words = Arrays.stream(m.group(1).replaceAll("[\"'.!]", " ").trim().split("\\s+"))
                    .filter(w -> !w.isEmpty() && !w.equals("as")).toList();
            return words.size() < 2 ? Optional.empty()
                    : Optional.of(new TeachingCommand.TeachAlias(words, m.group(2) != null));
        }
        return Optional.empty();
    }
}
