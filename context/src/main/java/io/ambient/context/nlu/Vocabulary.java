package io.ambient.context.nlu;

import io.ambient.devices.Area;
import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The home's words: entity names and aliases, parts of names, area and floor names and aliases, all
 * keyed by stemmed word sequences so plurals meet singulars. Built once per home layout (see
 * {@link VocabularyCache}); it holds ids only, never states, so it stays valid while states change.
 */
public final class Vocabulary {
    /** Words that never make a name part on their own ("the", "of", ...). */
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "my", "our",
            "to", "at", "s", "room", "one", "two", "up", "down", "off", "for", "with");

    /** Words that describe what a device measures or is, too generic to name one on their own. */
    private static final Set<String> GENERIC = Set.of("temperature", "humidity", "sensor", "list", "machine",
            "home", "outside", "outdoor", "power", "energy", "status");

    private final Map<String, Set<String>> fullNames = new HashMap<>();
    /** Parts that include the name's last word, its head ("lamp", "bedside lamp"). */
    private final Map<String, Set<String>> partialNames = new HashMap<>();
    /** Parts without the head ("reading", "back"): only answers to "which one?" may use them. */
    private final Map<String, Set<String>> modifiers = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();
    private final Map<String, String> floors = new HashMap<>();
    /** The head word of a longer area name, when only one area has it ("bedroom" of "Master Bedroom"). */
    private final Map<String, String> areaHeads = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final int longest;
    private final Spelling spelling;

    private Vocabulary(HomeSnapshot home) {
        Set<String> nameWords = new HashSet<>();
        int max = 1;
        for (Entity e : home.entities().values()) {
            domains.put(e.id(), e.domain());
            List<List<String>> names = wordsOf(e.name(), e.aliases());
            names.forEach(nameWords::addAll);
            if (e.domain().equals("weather") || isShoppingList(e)) {
                // "Home" would swallow "send the vacuum home"; weather is asked for by kind. The shopping
                // list has intents of its own, so its words must stay visible to the scorer.
                continue;
            }
            for (List<String> words : names) {
                max = Math.max(max, indexEntity(e.id(), words));
            }
        }
        for (Area a : home.areas().values()) {
            for (List<String> words : wordsOf(a.name(), a.aliases())) {
                nameWords.addAll(words);
                max = Math.max(max, put(areas, words, a.id()));
            }
        }
        for (Floor f : home.floors().values()) {
            for (List<String> words : wordsOf(f.name(), f.aliases())) {
                nameWords.addAll(words);
                max = Math.max(max, put(floors, words, f.id()));
            }
        }
        this.spelling = Spelling.of(nameWords);
        addStairs(home);
        addAreaHeads(home);
        this.longest = Math.max(max, DeviceKinds.longestPhrase());
    }

    private void addAreaHeads(HomeSnapshot home) {
        Map<String, Set<String>> byHead = new HashMap<>();
        for (Area a : home.areas().values()) {
            for (List<String> w : wordsOf(a.name(), a.aliases())) {
                String head = w.isEmpty() ? null : stem(w.get(w.size() - 1));
                if (w.size() > 1 && !STOPWORDS.contains(head) && !areas.containsKey(head)) {
                    byHead.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(a.id());
                }
            }
        }
        byHead.forEach((head, ids) -> {
            if (ids.size() == 1) {
                areaHeads.put(head, ids.iterator().next());
            }
        });
    }

    private static boolean isShoppingList(Entity e) {
        return e.domain().equals("todo") && e.name().toLowerCase(java.util.Locale.ROOT).contains("shopping");
    }

    /**
     * "upstairs"/"downstairs" name floors in a home with several: the first floor listed is downstairs,
     * the next one upstairs, unless the home gives those words as aliases itself.
     */
    private void addStairs(HomeSnapshot home) {
        List<Floor> list = new ArrayList<>(home.floors().values());
        if (list.size() < 2) {
            return;
        }
        floors.putIfAbsent("downstair", list.get(0).id());
        floors.putIfAbsent("upstair", list.get(1).id());
    }

    public static Vocabulary of(HomeSnapshot home) {
        return new Vocabulary(home);
    }

    Spelling spelling() {
        return spelling;
    }

    /** The words with one-letter typos corrected toward this home's and the training text's words. */
    public NormalizedText correctSpelling(NormalizedText words) {
        return spelling.correct(words);
    }

    /** The normalised words of a name and of each alias. */
    private static List<List<String>> wordsOf(String name, List<String> aliases) {
        List<List<String>> out = new ArrayList<>();
        out.add(Normalizer.words(name));
        aliases.forEach(a -> out.add(Normalizer.words(a)));
        return out;
    }

    /** Indexes a name and, below it, every contiguous part that could name the device on its own. */
    private int indexEntity(String id, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        addTo(fullNames, key(words, 0, words.size()), id);
        if (words.size() > 1 && words.get(0).equals("the")) {
            addTo(fullNames, key(words, 1, words.size()), id);
        }
        for (int s = 0; s < words.size(); s++) {
            for (int e = s + 1; e <= words.size(); e++) {
                if (e - s < words.size() && isNamePart(words, s, e)) {
                    addTo(e == words.size() ? partialNames : modifiers, key(words, s, e), id);
                }
            }
        }
        return words.size();
    }

    /**
     * A part can name a device when it does not start or end with a stopword and is not a lone kind
     * word, colour or number: "lamp" of "Reading Lamp" is a part, "lights" is the kind, not a name.
     */
    private static boolean isNamePart(List<String> words, int s, int e) {
        if (STOPWORDS.contains(words.get(s)) || STOPWORDS.contains(words.get(e - 1))) {
            return false;
        }
        if (e - s == 1) {
            String w = words.get(s);
            return !DeviceKinds.isKindWord(w) && Colors.byName(w).isEmpty() && !NumberParser.isNumberWord(w)
                    && !GENERIC.contains(w);
        }
        return true;
    }

    private static int put(Map<String, String> index, List<String> words, String id) {
        if (words.isEmpty()) {
            return 0;
        }
        index.putIfAbsent(key(words, 0, words.size()), id);
        if (words.size() > 1 && words.get(0).equals("the")) {
            index.putIfAbsent(key(words, 1, words.size()), id);
        }
        return words.size();
    }

    private static void addTo(Map<String, Set<String>> index, String key, String id) {
        index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }

    /** The longest name, area, floor or kind starting at {@code start}; names before areas before kinds. */
    public Optional<Span> matchAt(List<String> tokens, int start) {
        return matchAt(tokens, start, false);
    }

    /**
     * As {@link #matchAt(List, int)}; with {@code withModifiers} a part of a name without its head word
     * ("the reading one", "the left one") also names a device, which only makes sense in an answer.
     */
    public Optional<Span> matchAt(List<String> tokens, int start, boolean withModifiers) {
        for (int len = Math.min(longest, tokens.size() - start); len >= 1; len--) {
            int end = start + len;
            String k = key(tokens, start, end);
            Set<String> full = fullNames.get(k);
            if (full != null && !isKindOrAreaAndKind(tokens, start, end)) {
                return Optional.of(new Span.Entities(start, end, List.copyOf(full), true, commonDomain(full)));
            }
            String area = areas.get(k);
            if (area != null) {
                Optional<DeviceKind> alsoKind = DeviceKinds.lookup(tokens, start, end);
                // "open the garage": a word that names both a room and a kind of device is the device when
                // nothing after it says which device in that room ("the garage lights" keeps the room).
                if (alsoKind.isPresent() && (end == tokens.size() || matchAt(tokens, end).isEmpty())) {
                    return Optional.of(new Span.Kind(start, end, alsoKind.get(),
                            String.join(" ", tokens.subList(start, end))));
                }
                return Optional.of(new Span.AreaName(start, end, area));
            }
            String floor = floors.get(k);
            if (floor != null) {
                return Optional.of(new Span.FloorName(start, end, floor));
            }
            Optional<DeviceKind> kind = DeviceKinds.lookup(tokens, start, end);
            if (kind.isPresent()) {
                return Optional.of(new Span.Kind(start, end, kind.get(), String.join(" ", tokens.subList(start, end))));
            }
            String areaHead = areaHeads.get(k);
            if (areaHead != null) {
                return Optional.of(new Span.AreaName(start, end, areaHead));
            }
            Set<String> part = partialNames.get(k);
            if (part == null && withModifiers) {
                part = modifiers.get(k);
            }
            if (part != null && !startsWithArea(tokens, start, end)) {
                return Optional.of(new Span.Entities(start, end, List.copyOf(part), false, commonDomain(part)));
            }
        }
        return Optional.empty();
    }

    private String commonDomain(Set<String> ids) {
        String d = null;
        for (String id : ids) {
            String x = domains.get(id);
            if (d != null && !d.equals(x)) {
                return null;
            }
            d = x;
        }
        return d;
    }

    /**
     * A name made only of a kind ("Heater", "TV") or of an area and a kind ("Kitchen Light", "Bedroom
     * Fan") is read as kind and area, as the conventions fill {@code domain} + {@code area} for it; the
     * device is then found by the same rules as "the lights in the kitchen".
     */
    private boolean isKindOrAreaAndKind(List<String> tokens, int start, int end) {
        if (DeviceKinds.lookup(tokens, start, end).isPresent()) {
            return true;
        }
        for (int mid = start + 1; mid < end; mid++) {
            if (areas.containsKey(key(tokens, start, mid)) && DeviceKinds.lookup(tokens, mid, end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "kitchen light" is an area and a kind, not a part of "Kitchen Light Strip"'s name. */
    private boolean startsWithArea(List<String> tokens, int start, int end) {
        for (int e = start + 1; e < end; e++) {
            if (areas.containsKey(key(tokens, start, e))) {
                return true;
            }
        }
        return false;
    }

    /** The stemmed key of tokens {@code [start, end)}. */
    static String key(List<String> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(stem(tokens.get(i)));
        }
        return sb.toString();
    }

    /** Plural tolerance: "lights" -> "light", "speakers" -> "speaker"; applied to both sides alike. */
    static String stem(String w) {
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
