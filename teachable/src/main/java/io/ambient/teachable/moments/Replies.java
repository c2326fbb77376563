package io.ambient.teachable.moments;

import java.util.Locale;
import java.util.Set;

/** Short replies in a dialog: yes, no, never mind, and "no, that's wrong". */
public final class Replies {
    private static final Set<String> YES = Set.of("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please do",
            "yes please", "do it", "go ahead", "correct", "right", "that is right", "sounds good", "of course",
            "please", "absolutely", "why not");
    private static final Set<String> NO = Set.of("no", "nope", "nah", "no thanks", "no thank you", "do not",
            "please do not", "not now", "no need");
    private static final Set<String> NEVERMIND = Set.of("never mind", "nevermind", "forget it", "cancel", "stop",
            "nothing", "forget about it", "skip", "skip it", "no thanks", "no", "nope", "not now");
    private static final Set<String> NEGATIVE = Set.of("no that is wrong", "that is wrong", "wrong",
            "no wrong", "that is not what i meant", "no that is not what i meant", "that is not right",
            "no that is not right", "not what i meant", "no not that", "that was wrong", "no that was wrong",
            "you got it wrong", "no you got it wrong", "that is not what i said", "no that is not it",
            "that is incorrect", "incorrect", "no thats wrong");

    private Replies() {
    }

    public static boolean isYes(String text) {
        return YES.contains(normal(text));
    }

    public static boolean isNo(String text) {
        return NO.contains(normal(text));
    }

    public static boolean isNevermind(String text) {
        return NEVERMIND.contains(normal(text));
    }

    /** "no, that's wrong", "that's not what I meant": the previous turn was misunderstood. */
    public static boolean isNegativeFeedback(String text) {
        return NEGATIVE.contains(normal(text));
    }

    /** Whether two wordings are the same request (case, punctuation and a trailing "please" aside). */
    public static boolean sameWords(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /** Lower case, contractions expanded, punctuation and a trailing "please"/"thanks" dropped. */
    static String normal(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[\u2019\u2018`´]", "'")
                .replace("that's", "that is").replace("it's", "it is").replace("don't", "do not")
                .replace("what's", "what is").replaceAll("[^a-z' ]+", " ").replace("'", "").trim()
                .replaceAll("\\s+", " ");
        for (String tail : new String[] {" please", " thanks", " thank you"}) {
            if (s.endsWith(tail) && s.length() > tail.length()) {
                s = s.substring(0, s.length() - tail.length());
            }
        }
        return s.startsWith("oh ") ? s.substring(3) : s;
    }
}
