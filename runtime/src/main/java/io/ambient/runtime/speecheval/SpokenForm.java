package io.ambient.runtime.speecheval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written text as it is spoken, for word error rate: numbers become words ("20%" -> "twenty percent"), as
 * espeak-ng says them and Vosk writes them.
 */
final class SpokenForm {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private SpokenForm() {
    }

    static String of(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("%", " percent").replace("°", " degrees");
        Matcher m = NUMBER.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(out, digits.length() > 4 ? digits : words(Integer.parseInt(digits)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String words(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
        }
        if (n < 1000) {
            return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + words(n % 100));
        }
        return words(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + words(n % 1000));
    }
}
