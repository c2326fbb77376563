package io.ambient.context.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Free-text slots cut out of the words: what to play, what to add to a list, what to announce. */
final class TextSlots {
    private static final Set<String> PLAY_VERBS = Set.of("play", "stream", "shuffle", "queue", "listen", "watch",
            "hear", "put", "throw", "stick", "fancy");
    private static final List<String> LEADING_FILLER = List.of("some", "a bit of", "a little", "a few", "me",
            "us", "to", "on", "something from", "something by", "anything by", "music by", "songs by", "by");
    private static final Set<String> MUSIC_WORDS = Set.of("music", "song", "songs", "album", "playlist", "radio",
            "track", "tracks", "tunes", "jazz", "rock", "pop", "classical", "podcast", "artist", "band", "hip",
            "hop", "metal", "folk", "blues", "reggae", "country", "techno", "disco", "soul", "lofi", "ambient");
    private static final Set<String> VIDEO_WORDS = Set.of("film", "films", "movie", "movies", "show", "shows",
            "episode", "episodes", "series", "documentary", "cartoon", "cartoons", "video", "videos", "watch");
    private static final Set<String> CLASS_NOUNS = Set.of("music", "song", "songs", "album", "playlist", "movie",
            "film", "show", "episode", "series", "podcast", "the song", "the album", "the playlist", "the movie",
            "the film", "the show", "the episode", "the series", "the podcast", "a song", "a movie", "a film",
            "an episode", "a show", "the track", "track");
    private static final Set<String> LIST_VERBS = Set.of("add", "put", "write", "stick", "pop", "include", "note",
            "check", "cross", "tick", "strike", "mark", "remove", "take", "delete", "complete", "scratch", "buy",
            "bought", "got");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "more", "my", "our");

    private TextSlots() {
    }

    /** The words after the play verb, up to "on the <device>" / "in the <area>". */
    static Optional<String> searchQuery(Analysis a) {
        List<String> t = a.tokens();
        int start = -1;
        for (int i = 0; i < t.size(); i++) {
            if (PLAY_VERBS.contains(t.get(i))) {
                start = i + 1;
                if (start < t.size() && (t.get(start).equals("to") || t.get(start).equals("on"))) {
                    start++;
                }
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = cutBeforePlace(a, start);
        if (end - 1 > start && t.get(end - 1).equals("on")) {
            end--; // "put some music on"
        }
        String q = stripLeading(a.heard().words(start, end), LEADING_FILLER);
        q = stripClassNouns(q);
        return q.isBlank() ? Optional.empty() : Optional.of(q);
    }

    /** {@code music} or {@code video} when the words say so; otherwise the room decides (rule d). */
    static Optional<String> mediaClass(Analysis a) {
        for (String w : a.heard().tokens()) { // as said: a title must not be spell-corrected into "blues"
            if (VIDEO_WORDS.contains(w)) {
                return Optional.of("video");
            }
            if (MUSIC_WORDS.contains(w)) {
                return Optional.of("music");
            }
        }
        return Optional.empty();
    }

    /** The thing to add to or take off a list, lowercase, without its article. */
    static Optional<String> item(Analysis a) {
        List<String> t = a.tokens();
        int verb = -1;
        for (int i = 0; i < t.size(); i++) {
            if (LIST_VERBS.contains(t.get(i))) {
                verb = i;
                break;
            }
        }
        int listAt = listPosition(a);
        if (verb < 0) {
            return itemAfterNeed(a);
        }
        int start = verb + 1;
        if (start < t.size() && t.get(start).equals("off")) {
            start++;
        }
        int end = listAt > start ? listAt : t.size();
        for (int k = start; k < end; k++) {
            // "mark bread as bought", "got the milk, you can take it off": the item ends before the clause
            if (Set.of("as", "you", "we", "it", "them", "i").contains(t.get(k))) {
                end = k;
                break;
            }
        }
        while (end > start && Set.of("to", "on", "onto", "in", "off", "from", "the", "my", "our", "as", "done",
                "for", "of").contains(t.get(end - 1))) {
            end--;
        }
        while (start < end && ARTICLES.contains(t.get(start))) {
            start++;
        }
        if (start < end && !Set.of("it", "them", "that", "this").contains(t.get(start))) {
            return Optional.of(a.heard().words(start, end));
        }
        return itemAfterNeed(a);
    }

    /** "we're out of butter", "we need toilet paper, put it on...", "got the milk, take it off...". */
    private static Optional<String> itemAfterNeed(Analysis a) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:need|out of|low on|buy|got|bought|"
                + "picked up)(?: (?:some|more|the|a|an))? ((?:(?!put|add|you|we|take|it)\\w+ ?){1,3})").matcher(a.heard().text());
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /**
     * The words to announce, after "announce", "broadcast", "tell everyone (that)"; cut from the original
     * text so that "we're" stays "we're".
     */
    static Optional<String> message(String original) {
        String text = original.trim().replaceAll("[.!?]+$", "").replace('\u2019', '\'');
        String s = text.replaceFirst("(?i)^(hey|ok|please)[, ]+", "").replaceFirst("(?i)^(broadcast|announce|shout|call out|tell everyone|tell everybody|tell the "
                + "(house|family|kids|whole house)|let everyone know|send a message to everyone|announce to "
                + "(everyone|everybody|the house))\\b[,:]? ?(that |to everyone |to everybody )?(that )?", "");
        return s.isBlank() || s.equals(text) ? Optional.empty() : Optional.of(s.trim());
    }

    /** "in 20 minutes turn off the lights": the command to run when the timer ends. */
    static Optional<String> delayedCommand(Analysis a) {
        Optional<Span.Duration> d = a.first(Span.Duration.class);
        List<String> t = a.tokens();
        if (d.isEmpty() || d.get().start() != 1 || !t.get(0).equals("in") || d.get().end() >= t.size()) {
            return Optional.empty();
        }
        return Optional.of(a.heard().words(d.get().end(), t.size()));
    }

    /** A timer's name: the word before "timer" that is not an article or a duration ("the pasta timer"). */
    static Optional<String> timerName(Analysis a) {
        List<String> t = a.tokens();
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).equals("called") || t.get(k).equals("named")) {
                return Optional.of(t.get(k + 1));
            }
            if ((t.get(k).equals("till") || t.get(k).equals("until")) && k + 2 < t.size()
                    && t.get(k + 1).equals("the")) {
                return Optional.of(t.get(k + 2));
            }
        }
        int i = t.indexOf("timer");
        if (i <= 0) {
            return Optional.empty();
        }
        String w = t.get(i - 1);
        boolean durationBefore = a.all(Span.Duration.class).stream().anyMatch(d -> d.end() == i);
        Set<String> notNames = Set.of("a", "an", "the", "my", "that", "this", "set", "start", "new", "another",
                "cancel", "stop", "pause", "resume", "second", "minute", "hour", "long", "one", "first", "other",
                "every", "all", "each", "any", "on", "to", "from", "of", "off");
        return durationBefore || notNames.contains(w) || NumberParser.isNumberWord(w) ? Optional.empty()
                : Optional.of(w);
    }

    private static int listPosition(Analysis a) {
        for (Span.Entities s : a.all(Span.Entities.class)) {
            if (s.entityIds().stream().anyMatch(id -> id.startsWith("todo."))) {
                return s.start();
            }
        }
        int i = a.tokens().lastIndexOf("list");
        if (i > 0 && Set.of("shopping", "grocery", "groceries").contains(a.tokens().get(i - 1))) {
            return i - 1;
        }
        return i;
    }

    private static int cutBeforePlace(Analysis a, int from) {
        List<String> t = a.tokens();
        for (Span s : a.spans()) {
            boolean place = s instanceof Span.AreaName || s instanceof Span.FloorName
                    || s instanceof Span.Entities e && "media_player".equals(e.domain())
                    || s instanceof Span.Kind k && "media_player".equals(k.kind().domain());
            if (!place || s.start() <= from) {
                continue;
            }
            int cut = s.start();
            while (cut > from && Set.of("the", "on", "in", "through", "from", "my", "our", "upstairs")
                    .contains(t.get(cut - 1))) {
                cut--;
            }
            if (cut < s.start()) {
                return cut;
            }
        }
        return t.size();
    }

    private static String stripLeading(String s, List<String> fillers) {
        boolean again = true;
        while (again) {
            again = false;
            for (String f : fillers) {
                if (s.startsWith(f + " ")) {
                    s = s.substring(f.length() + 1);
                    again = true;
                }
            }
        }
        return s;
    }

    private static String stripClassNouns(String q) {
        for (String n : CLASS_NOUNS) {
            if (q.startsWith(n + " ")) {
                q = q.substring(n.length() + 1);
            }
        }
        for (String n : CLASS_NOUNS) {
            if (q.endsWith(" " + n)) {
                q = q.substring(0, q.length() - n.length() - 1);
            }
        }
        return q;
    }
}
