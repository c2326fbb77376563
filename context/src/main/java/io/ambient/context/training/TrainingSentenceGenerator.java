package io.ambient.context.training;

import io.ambient.context.Intents;
import io.ambient.devices.HomeSnapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes labelled training sentences for every intent of shared/formats.md §1 that has a template
 * file (HassRespond has none: canned answers are not something people ask for) and for
 * {@link #OUT_OF_DOMAIN}.
 *
 * <p>Per label: pick a template and a training home at random, fill the slots from that home,
 * paraphrase, and keep the sentence when its masked text ({@link SentenceMasker}) is new for the
 * label, until the label's target is reached or attempts run out. Counting distinct masked texts
 * (not raw sentences) is what keeps labels balanced after {@link TrainingSet} deduplicates: a
 * thousand renderings that differ only in the device named are one example to the model.
 *
 * <p>Deterministic for a seed: labels are generated in a fixed order, each from its own
 * {@link SplittableRandom} split off the seed's in that order.
 */
public final class TrainingSentenceGenerator {
    /** The label of sentences the assistant must not act on. */
    public static final String OUT_OF_DOMAIN = "_out_of_domain";
    /** Attempts per wanted sentence before a label is declared exhausted. */
    static final int ATTEMPTS_PER_TARGET = 40;
    /** At most this share of a label's sentences carry a typo. */
    static final double MAX_NOISY_SHARE = 0.12;
    private static final List<String> STYLES = List.of("command", "question", "statement");

    private final TrainingHomes homes;
    private final List<IntentTemplates> labels;
    private final SlotValues values;
    private final Paraphraser paraphraser;
    private final SentenceMasker masker;

    /** With the training homes and templates shipped in the jar. */
    public TrainingSentenceGenerator() {
        this(TrainingHomes.load());
    }

    /** With other homes (the templates are always the shipped ones). */
    public TrainingSentenceGenerator(TrainingHomes homes) {
        this.homes = Objects.requireNonNull(homes, "homes");
        Macros macros = Macros.load();
        this.values = SlotValues.load(macros);
        this.paraphraser = Paraphraser.load(macros, STYLES);
        this.labels = loadLabels(macros);
        this.masker = new SentenceMasker(homes.all());
    }

    private static List<IntentTemplates> loadLabels(Macros macros) {
        List<IntentTemplates> out = new ArrayList<>();
        List<String> names = new ArrayList<>(Intents.ALL);
        names.add(OUT_OF_DOMAIN);
        for (String label : names) {
            Resources.text("intents/" + label + ".txt").ifPresent(text ->
                    out.add(IntentTemplates.parse(label, Resources.contentLines(text), macros)));
        }
        return List.copyOf(out);
    }

    /** The labels this generator writes, in generation order. */
    public List<String> labels() {
        return labels.stream().map(IntentTemplates::label).toList();
    }

    public TrainingHomes homes() {
        return homes;
    }

    /** Home snapshots by home id, as {@link LabeledSentence#homeId()} names them. */
    public Map<String, HomeSnapshot> homeSnapshots() {
        return homes.all();
    }

    /** The masker matching these homes, for {@link TrainingSet#of}. */
    public SentenceMasker masker() {
        return masker;
    }

    /** Every label's sentences, label by label in {@link #labels()} order. */
    public List<LabeledSentence> generate(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        List<LabeledSentence> out = new ArrayList<>();
        for (IntentTemplates label : labels) {
            out.addAll(generate(label, root.split()));
        }
        return List.copyOf(out);
    }

    private List<LabeledSentence> generate(IntentTemplates label, SplittableRandom random) {
        List<String> homeIds = homes.ids();
        List<LabeledSentence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int noisy = 0;
        int maxNoisy = (int) (label.target() * MAX_NOISY_SHARE);
        for (int attempt = 0; attempt < label.target() * ATTEMPTS_PER_TARGET && out.size() < label.target(); attempt++) {
            Template t = label.templates().get(random.nextInt(label.templates().size()));
            Rendered r = render(t, label, homeIds.get(random.nextInt(homeIds.size())), random);
            if (r.result().noisy() && noisy >= maxNoisy) {
                continue;
            }
            String masked = masker.mask(r.result().text(), r.homeId());
            if (!masked.isBlank() && seen.add(masked)) {
                out.add(new LabeledSentence(r.result().text(), label.label(), r.homeId()));
                noisy += r.result().noisy() ? 1 : 0;
            }
        }
        return out;
    }

    private record Rendered(String homeId, Paraphraser.Result result) {
    }

    /**
     * Renders in the chosen home, or in the next home (in load order) that has what the template needs:
     * not every home has a fan or a second floor.
     */
    private Rendered render(Template t, IntentTemplates label, String homeId, SplittableRandom random) {
        Set<String> order = new LinkedHashSet<>();
        order.add(homeId);
        order.addAll(homes.ids());
        for (String id : order) {
            Optional<List<Template.Piece>> pieces = t.render(random, new HomeFillers(homes.home(id), values));
            if (pieces.isPresent()) {
                return new Rendered(id, paraphraser.apply(pieces.get(), label, random));
            }
        }
        throw new IllegalStateException(label.label() + ": no training home can fill template " + t.source());
    }
}
