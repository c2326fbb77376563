package io.ambient.context.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns one rendering into something a person would say: an optional politeness or hesitation prefix
 * ("could you", "um"), an optional suffix ("please", ", it's late"), contractions, a capital letter
 * and punctuation now and then, and a typo on a small share. Prefixes and suffixes come from
 * {@code training/paraphrase/<style>-prefixes.txt} / {@code -suffixes.txt} plus the label's own.
 */
final class Paraphraser {
    static final double PREFIX = 0.35;
    static final double SUFFIX = 0.3;
    /** Share of sentences with a typo or with apostrophes left out: light noise, not a new language. */
    static final double TYPO = 0.06;
    static final double NO_APOSTROPHES = 0.05;
    /** A prefix ending so takes the command's verb in its -ing form ("would you mind +ing"). */
    static final String GERUND = "+ing";

    /** The sentence and whether noise (a typo) was added, so the caller can cap noisy sentences. */
    record Result(String text, boolean noisy) {
    }

    private final Map<String, List<Template>> prefixes;
    private final Map<String, List<Template>> suffixes;

    private Paraphraser(Map<String, List<Template>> prefixes, Map<String, List<Template>> suffixes) {
        this.prefixes = prefixes;
        this.suffixes = suffixes;
    }

    static Paraphraser load(Macros macros, List<String> styles) {
        Map<String, List<Template>> pre = new HashMap<>();
        Map<String, List<Template>> suf = new HashMap<>();
        for (String style : styles) {
            pre.put(style, read("paraphrase/" + style + "-prefixes.txt", macros));
            suf.put(style, read("paraphrase/" + style + "-suffixes.txt", macros));
        }
        return new Paraphraser(Map.copyOf(pre), Map.copyOf(suf));
    }

    private static List<Template> read(String path, Macros macros) {
        // suffixes may start with ", " so lines are taken as written, only '#' lines and blanks dropped
        return Resources.text(path).map(t -> t.lines()
                        .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                        .map(macros::expand).map(Template::parse).toList())
                .orElseThrow(() -> new IllegalStateException("missing resource training/" + path));
    }

    Result apply(List<Template.Piece> pieces, IntentTemplates label, SplittableRandom random) {
        boolean typo = random.nextDouble() < TYPO;
        List<Template.Piece> body = typo ? withTypo(pieces, random) : pieces;
        String core = SlotValues.join(body);
        String style = label.styles().get(random.nextInt(label.styles().size()));
        if (random.nextDouble() < PREFIX) {
            String prefix = pick(styleList(prefixes, style), label.prefixes(), random);
            if (prefix.endsWith(GERUND)) {
                // "would you mind" + "closing the blinds": the verb takes -ing, or the prefix is left out
                String ing = Noise.gerund(core);
                core = ing == null ? core : prefix.substring(0, prefix.length() - GERUND.length()).strip() + " " + ing;
            } else {
                core = prefix + " " + core;
            }
        }
        if (random.nextDouble() < SUFFIX) {
            String s = pick(styleList(suffixes, style), label.suffixes(), random);
            core = core + (s.startsWith(",") || s.startsWith("?") ? "" : " ") + s;
        }
        core = Noise.contractions(core, random);
        if (random.nextDouble() < NO_APOSTROPHES) {
            core = Noise.dropApostrophes(core);
        }
        return new Result(dress(core.strip().replaceAll("\\s+", " ").replace(" ,", ","), random), typo);
    }

    private static List<Template> styleList(Map<String, List<Template>> byStyle, String style) {
        List<Template> list = byStyle.get(style);
        if (list == null) {
            throw new IllegalArgumentException("unknown paraphrase style " + style);
        }
        return list;
    }

    /** A typo in one literal piece; fillers are left as they are. */
    private static List<Template.Piece> withTypo(List<Template.Piece> pieces, SplittableRandom random) {
        List<Integer> literal = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).literal() && pieces.get(i).text().matches("(?s).*[a-z]{4,}.*")) {
                literal.add(i);
            }
        }
        if (literal.isEmpty()) {
            return pieces;
        }
        int at = literal.get(random.nextInt(literal.size()));
        List<Template.Piece> out = new ArrayList<>(pieces);
        out.set(at, new Template.Piece(Noise.typo(pieces.get(at).text(), random), true));
        return out;
    }

    private static String pick(List<Template> shared, List<Template> own, SplittableRandom random) {
        int n = shared.size() + own.size();
        int i = random.nextInt(n);
        Template t = i < shared.size() ? shared.get(i) : own.get(i - shared.size());
        return t.render(random, (slot, r) -> java.util.Optional.empty()).map(SlotValues::join).orElse("");
    }

    /** Typed text sometimes starts with a capital and ends with punctuation; speech-to-text never does. */
    private static String dress(String text, SplittableRandom random) {
        if (text.isEmpty() || random.nextInt(4) != 0) {
            return text;
        }
        String first = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        if (first.endsWith("?") || first.endsWith(".") || first.endsWith("!")) {
            return first;
        }
        return first + (first.matches("(?i)^(what|which|who|how|is|are|do|does|did|when|where|can|will).*") ? "?" : ".");
    }
}
