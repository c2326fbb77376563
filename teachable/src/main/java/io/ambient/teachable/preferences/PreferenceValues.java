package io.ambient.teachable.preferences;

import io.ambient.context.Preferences;
import io.ambient.context.nlu.NumberParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical preference values from words: team names in title case, genres in lower case, temperatures
 * in °C (Fahrenheit converted), wake-up times as 24-hour "HH:mm". Used both for statements and for
 * the dialog's answers.
 */
final class PreferenceValues {
    /** Genres recognised in "I love jazz" (any words are accepted in "I like X music" and as dialog answers). */
    static final Set<String> GENRES = Set.of("jazz", "rock", "pop", "classical", "blues", "country", "folk",
            "metal", "reggae", "soul", "funk", "disco", "techno", "house", "electronic", "ambient", "punk",
            "indie", "rap", "hip hop", "hiphop", "rnb", "gospel", "opera", "swing", "bluegrass", "latin",
            "salsa", "k pop", "lo fi", "lofi", "trance", "grunge", "soundtracks", "piano", "acoustic");
    static final double MIN_COMFORT_C = 12;
    static final double MAX_COMFORT_C = 30;
    private static final Set<String> LEADING = Set.of("the", "a", "an", "my", "our", "some", "probably", "i",
            "think", "say", "like", "love", "it", "is", "its", "to", "be", "at", "around", "about");

    private PreferenceValues() {
    }

    static Reading team(List<String> words) {
        List<String> name = trim(words, Set.of("fan", "fans", "team", "i", "guess", "please", "of", "course"));
        if (name.isEmpty() || name.size() > 4 || name.stream().anyMatch(NumberParser::isNumberWord)) {
            return new Reading.Unclear(Preferences.TEAM, "I didn't catch a team name.");
        }
        return understood(Preferences.TEAM, titleCase(name));
    }

    /** A genre the words name, if they name a known one. */
    static Optional<String> knownGenre(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && GENRES.contains(words.get(i) + " " + words.get(i + 1))) {
                return Optional.of(words.get(i) + " " + words.get(i + 1));
            }
            if (GENRES.contains(words.get(i))) {
                return Optional.of(words.get(i));
            }
        }
        return Optional.empty();
    }

    static Reading genre(List<String> words) {
        Optional<String> known = knownGenre(words);
        if (known.isPresent()) {
            return understood(Preferences.MUSIC_GENRE, known.get());
        }
        List<String> g = trim(words, Set.of("music", "songs", "stuff", "i", "guess", "please", "kind", "of",
                "type", "sort"));
        if (g.isEmpty() || g.size() > 3) {
            return new Reading.Unclear(Preferences.MUSIC_GENRE, "I didn't catch a kind of music.");
        }
        return understood(Preferences.MUSIC_GENRE, String.join(" ", g));
    }

    static Reading temperature(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Optional<NumberParser.Match> m = NumberParser.parseAt(words, i);
            if (m.isEmpty()) {
                continue;
            }
            double value = m.get().value();
            boolean fahrenheit = words.subList(m.get().end(), words.size()).contains("fahrenheit")
                    || (value >= 50 && value <= 86);
            double celsius = fahrenheit ? (value - 32) * 5 / 9 : value;
            celsius = Math.round(celsius * 2) / 2.0;
            if (celsius < MIN_COMFORT_C || celsius > MAX_COMFORT_C) {
                return new Reading.Unclear(Preferences.TEMPERATURE, "A comfortable temperature should be between "
                        + (int) MIN_COMFORT_C + " and " + (int) MAX_COMFORT_C + " degrees; I heard "
                        + number(value) + (fahrenheit ? " Fahrenheit." : "."));
            }
            return understood(Preferences.TEMPERATURE, number(celsius));
        }
        return new Reading.Unclear(Preferences.TEMPERATURE, "I didn't catch a temperature.");
    }

    static Reading wakeTime(List<String> words) {
        boolean pm = words.contains("pm") || words.contains("evening") || words.contains("afternoon");
        for (int i = 0; i < words.size(); i++) {
            Optional<int[]> hm = clock(words, i);
            if (hm.isEmpty()) {
                continue;
            }
            int hour = hm.get()[0];
            int minute = hm.get()[1];
            if (pm && hour < 12) {
                hour += 12;
            }
            if (hour > 23 || minute > 59) {
                break;
            }
            return understood(Preferences.WAKE_TIME, String.format(Locale.ROOT, "%02d:%02d", hour, minute));
        }
        return new Reading.Unclear(Preferences.WAKE_TIME, "I didn't catch a time.");
    }

    /** "6:30", "6.30", "half past six", "quarter to seven", "seven thirty", "seven", "7". */
    private static Optional<int[]> clock(List<String> words, int i) {
        String w = words.get(i);
        if (w.matches("\\d{1,2}[:.]\\d{2}")) {
            String[] p = w.split("[:.]");
            return Optional.of(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
        }
        if (w.equals("half") && Words.startsWith(words, i + 1, List.of("past"))) {
            return hourAt(words, i + 2).map(h -> new int[] {h, 30});
        }
        if (w.equals("quarter") && i + 1 < words.size() && Set.of("past", "to").contains(words.get(i + 1))) {
            boolean to = words.get(i + 1).equals("to");
            return hourAt(words, i + 2).map(h -> to ? new int[] {(h + 23) % 24, 45} : new int[] {h, 15});
        }
        Optional<Integer> hour = hourAt(words, i);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        int next = NumberParser.parseAt(words, i).map(NumberParser.Match::end).orElse(i + 1);
        Optional<NumberParser.Match> minutes = NumberParser.parseAt(words, next);
        int minute = minutes.filter(NumberParser.Match::isWhole).map(m -> (int) m.value()).orElse(0);
        return Optional.of(new int[] {hour.get(), minute});
    }

    private static Optional<Integer> hourAt(List<String> words, int i) {
        if (i >= words.size()) {
            return Optional.empty();
        }
        return NumberParser.parseAt(words, i).filter(m -> m.end() == i + 1 || m.value() <= 12)
                .filter(NumberParser.Match::isWhole).map(m -> (int) m.value()).filter(h -> h <= 23);
    }

    static Reading read(String key, List<String> words) {
        return switch (key) {
            case Preferences.TEAM -> team(words);
            case Preferences.MUSIC_GENRE -> genre(words);
            case Preferences.TEMPERATURE -> temperature(words);
            case Preferences.WAKE_TIME -> wakeTime(words);
            default -> throw new IllegalArgumentException("no such preference: " + key);
        };
    }

    private static Reading understood(String key, String value) {
        return new Reading.Understood(new PreferenceStatement(key, value));
    }

    private static List<String> trim(List<String> words, Set<String> extra) {
        List<String> out = new ArrayList<>(words);
        while (!out.isEmpty() && (LEADING.contains(out.get(0)) || extra.contains(out.get(0)))) {
            out.remove(0);
        }
        while (!out.isEmpty() && (extra.contains(out.get(out.size() - 1)) || LEADING.contains(out.get(out.size() - 1)))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String titleCase(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return String.join(" ", out);
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
