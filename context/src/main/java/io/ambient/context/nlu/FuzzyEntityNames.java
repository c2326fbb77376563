package io.ambient.context.nlu;

import io.ambient.devices.Entity;
import io.ambient.devices.Floor;
import io.ambient.devices.HomeSnapshot;
import io.ambient.models.text.Embedding;
import io.ambient.models.text.SentenceEncoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names a device by meaning when the words do not name it: "the big light" is the ceiling light, "the standing
 * lamp" the floor lamp. Only a phrase the vocabulary left unrecognised ("the" + unknown words, optionally
 * followed by a kind word) is compared, by sentence embedding, with each device's own words (its name without
 * the area's words, "Kitchen Ceiling" -> "ceiling light"); the kind word, when there is one, keeps the
 * candidates to devices of that kind. A match must reach {@link #threshold} and every device within
 * {@link #margin} of the best is kept, so "the big light" names every ceiling light and the resolver picks
 * the one in the speaker's room, as it does for "the lamp".
 *
 * <p>Descriptor embeddings are kept per descriptor text, tagged with the encoder's embedding space; the cache
 * is cleared when it outgrows {@link #MAX_CACHED} (a home has a few hundred devices at most).
 */
public final class FuzzyEntityNames {
    /** Cosine similarity a phrase needs to name a device (MiniLM; see docs/benchmarks.md "fuzzy names"). */
    public static final double DEFAULT_THRESHOLD = 0.65;
    /** Devices this close to the best match are kept with it. */
    public static final double DEFAULT_MARGIN = 0.04;
    static final int MAX_CACHED = 4096;
    private static final Set<String> DETERMINERS = Set.of("the", "my", "our", "that", "this");
    private static final Set<String> NOT_DEVICES = Set.of("sensor", "binary_sensor", "weather", "todo");
    /** Words that already say a light is a light ("Floor Lamp" needs no "light" added). */
    private static final Set<String> LIGHT_NOUNS = Set.of("lamp", "lamps", "pendant", "spots", "spotlight",
            "spotlights", "chandelier", "lantern", "strip", "backlight");
    private static final Set<String> STOP = Set.of("in", "on", "to", "at", "for", "and", "off", "up", "down", "of",
            "please", "now", "with", "from", "by");

    private final SentenceEncoder encoder;
    private final double threshold;
    private final double margin;
    private final Map<String, Embedding> descriptors = new ConcurrentHashMap<>();

    public FuzzyEntityNames(SentenceEncoder encoder) {
        this(encoder, DEFAULT_THRESHOLD, DEFAULT_MARGIN);
    }

    public FuzzyEntityNames(SentenceEncoder encoder, double threshold, double margin) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        if (!(threshold > 0 && threshold < 1) || !(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1) and margin in [0,1), were " + threshold
                    + " and " + margin);
        }
        this.threshold = threshold;
        this.margin = margin;
    }

    /** What a fuzzy match found, for the hypothesis' evidence. */
    public record Match(String phrase, List<String> entityIds, String descriptor, double similarity) {
        public String evidence() {
            return String.format(java.util.Locale.ROOT, "fuzzy:%s~%s(%.2f)", phrase, descriptor, similarity);
        }
    }

    /** The analysis with an unrecognised device phrase replaced by the devices it most likely means. */
    public record Refined(Analysis analysis, Optional<Match> match) {
    }

    public Refined refine(Analysis a, HomeSnapshot home) {
        if (a.all(Span.Entities.class).stream().anyMatch(Span.Entities::full)) {
            return new Refined(a, Optional.empty()); // the words already name a device
        }
        Optional<Phrase> phrase = phrase(a);
        if (phrase.isEmpty()) {
            return new Refined(a, Optional.empty());
        }
        Phrase p = phrase.get();
        Map<String, List<String>> byDescriptor = descriptorsOf(home, p.kind(), p.among());
        if (byDescriptor.isEmpty()) {
            return new Refined(a, Optional.empty());
        }
        Embedding query = encoder.encode(p.text());
        Map<String, Double> similarity = new LinkedHashMap<>();
        String best = null;
        for (String d : byDescriptor.keySet()) {
            double s = query.cosine(embedding(d));
            similarity.put(d, s);
            if (best == null || s > similarity.get(best)) {
                best = d;
            }
        }
        double top = similarity.get(best);
        if (top < threshold) {
            return new Refined(a, Optional.empty());
        }
        Set<String> ids = new LinkedHashSet<>();
        similarity.forEach((d, s) -> {
            if (s >= top - margin) {
                ids.addAll(byDescriptor.get(d));
            }
        });
        List<String> idList = List.copyOf(ids);
        Span span = new Span.Entities(p.start(), p.end(), idList, false, commonDomain(idList, home));
        Match match = new Match(p.text(), idList, best, top);
        return new Refined(a.withSpan(span), Optional.of(match));
    }

    /**
     * An unrecognised phrase where a device's name belongs, with what its last word narrows the candidates to:
     * a kind ("big <light>") or the devices a part of a name fits ("standing <lamp>"); null when neither.
     */
    private record Phrase(int start, int end, String text, DeviceKind kind, List<String> among) {
    }

    private static Optional<Phrase> phrase(Analysis a) {
        List<String> t = a.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!DETERMINERS.contains(t.get(i)) || a.spanAt(i + 1).isPresent()) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && k < i + 4 && a.spanAt(k).isEmpty() && unknown(a, t.get(k))) {
                k++;
            }
            if (k == i + 1) {
                continue;
            }
            DeviceKind kind = null;
            List<String> among = null;
            int end = k;
            Span next = k < t.size() ? a.spanAt(k).orElse(null) : null;
            if (next instanceof Span.Kind kindSpan && kindSpan.start() == k) {
                kind = kindSpan.kind();
                end = kindSpan.end();
            } else if (next instanceof Span.Entities part && part.start() == k) {
                among = part.entityIds();
                end = part.end();
            }
            return Optional.of(new Phrase(i + 1, end, String.join(" ", t.subList(i + 1, end)), kind, among));
        }
        return Optional.empty();
    }

    private static boolean unknown(Analysis a, String word) {
        return a.leftover().contains(word) && !STOP.contains(word) && !DeviceSlots.isCommandWord(word);
    }

    /** Devices by the words that tell them apart, restricted to what the words narrowed them to. */
    private static Map<String, List<String>> descriptorsOf(HomeSnapshot home, DeviceKind kind, List<String> among) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Entity e : home.entities().values()) {
            if (NOT_DEVICES.contains(e.domain()) || kind != null && !kind.matches(e)
                    || among != null && !among.contains(e.id())) {
                continue;
            }
            descriptor(e, home).ifPresent(d -> out.computeIfAbsent(d, x -> new ArrayList<>()).add(e.id()));
        }
        return out;
    }

    /**
     * The device's own words: its name without its area's and floor's words, with "light" added to a light
     * named by its place only ("Kitchen Ceiling" -> "ceiling light"). Empty when nothing is left but a kind
     * word ("Office Fan"): such devices are named by kind and area, not by meaning.
     */
    static Optional<String> descriptor(Entity e, HomeSnapshot home) {
        List<String> words = new ArrayList<>(Normalizer.words(e.name()));
        home.area(e.areaId()).ifPresent(area -> {
            List<String> places = new ArrayList<>(area.aliases());
            places.add(0, area.name());
            home.floor(area.floorId()).map(Floor::name).ifPresent(places::add);
            places.forEach(place -> removePhrase(words, Normalizer.words(place)));
        });
        if (words.isEmpty() || words.stream().allMatch(DeviceKinds::isKindWord)) {
            return Optional.empty();
        }
        boolean saysWhatItIs = words.stream().anyMatch(w -> DeviceKinds.isKindWord(w) || LIGHT_NOUNS.contains(w));
        if (e.domain().equals("light") && !saysWhatItIs) {
            words.add("light");
        }
        return Optional.of(String.join(" ", words));
    }

    /** Removes the place's words where they stand together in the name ("Living Room Ceiling"). */
    private static void removePhrase(List<String> words, List<String> phrase) {
        int at = java.util.Collections.indexOfSubList(words, phrase);
        if (at >= 0) {
            words.subList(at, at + phrase.size()).clear();
        }
    }

    private static String commonDomain(List<String> ids, HomeSnapshot home) {
        Set<String> domains = new LinkedHashSet<>();
        ids.forEach(id -> home.entity(id).ifPresent(e -> domains.add(e.domain())));
        return domains.size() == 1 ? domains.iterator().next() : null;
    }

    private Embedding embedding(String descriptor) {
        if (descriptors.size() > MAX_CACHED) {
            descriptors.clear();
        }
        return descriptors.computeIfAbsent(descriptor, encoder::encode);
    }

    /** The embedding space the cached descriptor embeddings live in. */
    public String spaceId() {
        return encoder.spaceId();
    }
}
