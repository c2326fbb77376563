package io.ambient.teachable.policy;

import io.ambient.context.nlu.Normalizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what someone says back to the music dialog: a value for the attribute asked, "I don't mind", yes/no to a
 * suggestion, or "stop". Anything else is unclear (empty), and the dialog asks again.
 */
final class MusicReplies {
    private static final List<String> QUIT = List.of("stop", "never mind", "nevermind", "cancel", "forget it",
            "that is enough", "no thank you", "quit");
    private static final List<String> ANY = List.of("do not mind", "dont mind", "anything", "any", "whatever",
            "surprise me", "no preference", "either");
    private static final List<String> YES = List.of("yes", "yeah", "yep", "sure", "more like this", "perfect",
            "love it", "great", "play it", "sounds good", "ok");
    private static final List<String> NO = List.of("no", "nope", "not that", "something else", "next", "not really",
            "skip");
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("laid-back", List.of("laid back", "laidback", "chill", "calm", "relaxed", "mellow", "slow",
                    "quiet", "gentle")),
            Map.entry("upbeat", List.of("upbeat", "up beat", "lively", "energetic", "fast", "party", "dance",
                    "happy", "loud")),
            Map.entry("jazz", List.of("jazz", "jazzy", "swing")),
            Map.entry("rock", List.of("rock", "guitar")),
            Map.entry("pop", List.of("pop", "chart")),
            Map.entry("electronic", List.of("electronic", "electro", "techno", "house", "edm")),
            Map.entry("classical", List.of("classical", "orchestra", "orchestral", "piano")),
            Map.entry("folk", List.of("folk", "acoustic", "country")),
            Map.entry("1970s", List.of("70s", "70's", "seventies", "1970s", "old", "oldies", "classic")),
            Map.entry("1990s", List.of("90s", "90's", "nineties", "1990s")),
            Map.entry("2010s", List.of("2010s", "2010", "recent", "new", "modern", "newer", "latest")));

    private MusicReplies() {
    }

    static Optional<ListenerResponse> read(DialogAction pending, String text) {
        String said = " " + Normalizer.normalize(text).text() + " ";
        if (containsAny(said, QUIT)) {
            return Optional.of(new ListenerResponse.Quit());
        }
        if (pending == DialogAction.SUGGEST) {
            if (containsAny(said, NO)) { // before yes: "no, something else" must not read as "ok"
                return Optional.of(new ListenerResponse.Reject());
            }
            return containsAny(said, YES) ? Optional.of(new ListenerResponse.Accept()) : Optional.empty();
        }
        Attribute asked = pending.asks().orElseThrow();
        for (String value : asked.choices()) {
            if (containsAny(said, SYNONYMS.get(value))) {
                return Optional.of(new ListenerResponse.Answer(value));
            }
        }
        return containsAny(said, ANY) ? Optional.of(new ListenerResponse.Answer(Attribute.ANY)) : Optional.empty();
    }

    private static boolean containsAny(String padded, List<String> phrases) {
        for (String phrase : phrases) {
            if (padded.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }
}
