package io.ambient.context.training;

import io.ambient.context.Intents;
import io.ambient.context.nlu.Normalizer;
import io.ambient.devices.Entity;
import io.ambient.devices.HomeSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generation is slow enough (a few seconds) to do once per class; the tests only read the results. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingSentenceGeneratorTest {
    private static final long SEED = 42L;

    private TrainingSentenceGenerator generator;
    private List<LabeledSentence> sentences;
    private TrainingSet set;

    @BeforeAll
    void generateOnce() {
        generator = new TrainingSentenceGenerator();
        sentences = generator.generate(SEED);
        set = TrainingSet.of(sentences, generator.masker());
    }

    @Test
    void generate_sameSeed_sameSentencesAndDigest() {
        List<LabeledSentence> again = new TrainingSentenceGenerator().generate(SEED);
        assertEquals(sentences, again);
        assertEquals(set.digest(), TrainingSet.of(again, generator.masker()).digest());
    }

    @Test
    void generate_otherSeed_otherDigest() {
        List<LabeledSentence> other = generator.generate(SEED + 1);
        assertNotEquals(set.digest(), TrainingSet.of(other, generator.masker()).digest());
    }

    @Test
    void trainingSet_everyIntentButRespond_hasAtLeast200Examples() {
        Map<String, Integer> counts = set.countsByLabel();
        for (String intent : Intents.ALL) {
            if (!intent.equals(Intents.RESPOND)) {
                int n = counts.getOrDefault(intent, 0);
                assertTrue(n >= 200, intent + " has only " + n + " examples");
            }
        }
    }

    @Test
    void trainingSet_outOfDomain_hasAtLeast2000Examples() {
        int n = set.countsByLabel().getOrDefault(TrainingSentenceGenerator.OUT_OF_DOMAIN, 0);
        assertTrue(n >= 2000, "out of domain has only " + n);
    }

    @Test
    void trainingSet_labelsOnlyFromTheVocabulary() {
        Set<String> allowed = new HashSet<>(Intents.ALL);
        allowed.add(TrainingSentenceGenerator.OUT_OF_DOMAIN);
        assertTrue(allowed.containsAll(set.labels()), set.labels().toString());
    }

    @Test
    void trainingSet_noMaskedTextUnderTwoLabels_andFewConflictsDropped() {
        Set<String> texts = new HashSet<>();
        for (TrainingExample e : set.examples()) {
            assertTrue(texts.add(e.masked()), "twice: " + e.masked());
        }
        assertTrue(set.conflicts().size() < set.size() / 100,
                set.conflicts().size() + " conflicts, e.g. " + set.conflicts().subList(0, Math.min(10, set.conflicts().size())));
    }

    @Test
    void masking_neverLeavesATrainingHomeDeviceNameInTheText() {
        Map<String, List<String>> namesByHome = new java.util.HashMap<>();
        generator.homeSnapshots().forEach((id, home) -> namesByHome.put(id, deviceNames(home)));
        List<String> leaks = new ArrayList<>();
        for (LabeledSentence s : sentences) {
            String masked = " " + generator.masker().mask(s) + " ";
            for (String name : namesByHome.get(s.homeId())) {
                if (masked.contains(" " + name + " ")) {
                    leaks.add(name + " in: " + masked.strip() + " (" + s.text() + ")");
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks, e.g. " + leaks.subList(0, Math.min(10, leaks.size())));
    }

    /** "pause it", "louder", "I'm cold" carry none, so not all; but device requests mostly name something. */
    @Test
    void masking_deviceIntentsMostlyCarryPlaceholders() {
        long withPlaceholder = 0;
        long device = 0;
        for (TrainingExample e : set.examples()) {
            if (Intents.DEVICE_INTENTS.contains(e.intent())) {
                device++;
                withPlaceholder += e.masked().contains("<") ? 1 : 0;
            }
        }
        assertTrue(withPlaceholder > device * 0.6, withPlaceholder + " of " + device);
    }

    @Test
    void generate_everySentenceNamesAKnownHome() {
        Set<String> homes = generator.homeSnapshots().keySet();
        for (LabeledSentence s : sentences) {
            assertTrue(homes.contains(s.homeId()), s.toString());
            assertFalse(s.text().isBlank(), s.toString());
        }
    }

    /** Full names and aliases, normalised as the runtime normalises them; weather and shopping lists are never indexed. */
    private static List<String> deviceNames(HomeSnapshot home) {
        List<String> out = new ArrayList<>();
        for (Entity e : home.entities().values()) {
            if (e.domain().equals("weather") || e.name().toLowerCase(Locale.ROOT).contains("shopping")) {
                continue;
            }
            List<String> phrases = new ArrayList<>(e.aliases());
            phrases.add(e.name());
            for (String p : phrases) {
                out.add(String.join(" ", Normalizer.words(p)));
            }
        }
        return out;
    }
}
