package io.ambient.context.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Normalised words with everything recognised in them: names, areas, floors, kinds, numbers,
 * percentages, temperatures, durations, colours. The masked text (recognised spans replaced by
 * placeholders such as {@code <area>}) is what an {@link IntentScorer} reads, so that intent scoring
 * does not depend on what this home's devices are called.
 *
 * @param words    the normalised text
 * @param spans    non-overlapping recognised spans in word order
 * @param masked   the words with spans replaced by their placeholders
 * @param leftover content words not recognised (candidate unknown device names)
 * @param heard    the words before one-letter typos were corrected (same tokens, one for one): free text such
 *                 as a list item or a title is taken from these, as said
 */
public record Analysis(NormalizedText words, List<Span> spans, String masked, List<String> leftover,
                       NormalizedText heard) {

    /** Words that carry no name: grammar, verbs and adverbs of commands. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "to", "in", "on", "off", "of", "at", "is", "are", "am", "it", "them", "all",
            "my", "our", "and", "or", "for", "up", "down", "turn", "switch", "set", "make", "put", "be",
            "i", "me", "you", "we", "what", "which", "how", "this", "that", "there", "here", "some", "any",
            "every", "everything", "please", "now", "with", "by", "from", "lights", "get", "do", "does",
            "can", "not", "one", "ones");

    public Analysis {
        spans = List.copyOf(spans);
        leftover = List.copyOf(leftover);
    }

    public static Analysis of(NormalizedText words, Vocabulary vocabulary) {
        return of(words, vocabulary, false);
    }

    /** @param answer the words answer a question, so parts of names like "the reading one" count */
    public static Analysis of(NormalizedText heard, Vocabulary vocabulary, boolean answer) {
        NormalizedText words = vocabulary.correctSpelling(heard);
        List<String> t = words.tokens();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Optional<Span> s = best(t, i, vocabulary, answer);
            if (s.isPresent()) {
                spans.add(s.get());
                i = s.get().end();
            } else {
                i++;
            }
        }
        return assemble(words, spans, heard);
    }

    /** The masked text and leftover words of the words with these spans (in word order, not overlapping). */
    private static Analysis assemble(NormalizedText words, List<Span> spans, NormalizedText heard) {
        List<String> t = words.tokens();
        StringBuilder masked = new StringBuilder();
        List<String> leftover = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < t.size()) {
            if (masked.length() > 0) {
                masked.append(' ');
            }
            if (next < spans.size() && spans.get(next).start() == i) {
                masked.append(spans.get(next).placeholder());
                i = spans.get(next++).end();
            } else {
                masked.append(t.get(i));
                if (!FUNCTION_WORDS.contains(t.get(i))) {
                    leftover.add(t.get(i));
                }
                i++;
            }
        }
        return new Analysis(words, spans, masked.toString(), leftover, heard);
    }

    /**
     * The same words with one more recognised span (a device named by meaning, see {@link FuzzyEntityNames}),
     * which replaces the spans inside it ("big light" takes in the kind word "light") and must not cut one
     * in part; the masked text and leftover words follow.
     */
    public Analysis withSpan(Span added) {
        List<Span> merged = new ArrayList<>();
        boolean placed = false;
        for (Span s : spans) {
            if (added.start() <= s.start() && s.end() <= added.end()) {
                continue;
            }
            if (s.start() < added.end() && added.start() < s.end()) {
                throw new IllegalArgumentException("span " + added + " overlaps " + s);
            }
            if (!placed && s.start() >= added.end()) {
                merged.add(added);
                placed = true;
            }
            merged.add(s);
        }
        if (!placed) {
            merged.add(added);
        }
        return assemble(words, merged, heard);
    }

    /** The span covering token {@code index}, if any. */
    public Optional<Span> spanAt(int index) {
        for (Span s : spans) {
            if (s.start() <= index && index < s.end()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The longest reading at {@code i}. On equal length a full device name or an area outranks a
     * quantity, a quantity outranks a kind, a colour or a part of a name, and a bare number comes last.
     */
    private static Optional<Span> best(List<String> t, int i, Vocabulary vocabulary, boolean answer) {
        Span best = null;
        for (Span c : candidates(t, i, vocabulary, answer)) {
            if (best == null || c.length() > best.length()) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Candidates in priority order: the first of the longest length wins. */
    private static List<Span> candidates(List<String> t, int i, Vocabulary vocabulary, boolean answer) {
        List<Span> out = new ArrayList<>(4);
        Optional<Span> name = vocabulary.matchAt(t, i, answer);
        name.filter(s -> !(s instanceof Span.Kind) && !isPartial(s)).ifPresent(out::add);
        Quantities.durationAt(t, i).ifPresent(out::add);
        Quantities.temperatureAt(t, i).ifPresent(out::add);
        Quantities.percentAt(t, i).ifPresent(out::add);
        name.filter(s -> s instanceof Span.Kind).ifPresent(out::add);
        Colors.parseAt(t, i).ifPresent(out::add);
        name.filter(Analysis::isPartial).ifPresent(out::add);
        // "the left one", "go back one": a lone "one" is a pronoun, not a quantity
        boolean loneOne = t.get(i).equals("one") && NumberParser.parseAt(t, i).map(m -> m.end() == i + 1).orElse(false);
        if (!t.get(i).equals("a") && !t.get(i).equals("half") && !loneOne) {
            NumberParser.parseAt(t, i).ifPresent(m -> out.add(new Span.Number(m.start(), m.end(), m.value())));
        }
        return out;
    }

    private static boolean isPartial(Span s) {
        return s instanceof Span.Entities e && !e.full();
    }

    public <T extends Span> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Span s : spans) {
            if (type.isInstance(s)) {
                out.add(type.cast(s));
            }
        }
        return out;
    }

    public <T extends Span> Optional<T> first(Class<T> type) {
        for (Span s : spans) {
            if (type.isInstance(s)) {
                return Optional.of(type.cast(s));
            }
        }
        return Optional.empty();
    }

    public List<String> tokens() {
        return words.tokens();
    }

    public String text() {
        return words.text();
    }
}
