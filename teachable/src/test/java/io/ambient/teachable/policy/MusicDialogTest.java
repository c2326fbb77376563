package io.ambient.teachable.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.ambient.teachable.policy.DialogAction.ASK_ENERGY;
import static io.ambient.teachable.policy.DialogAction.ASK_ERA;
import static io.ambient.teachable.policy.DialogAction.ASK_GENRE;
import static io.ambient.teachable.policy.DialogAction.SUGGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MusicDialogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T18:00:00Z"), ZoneOffset.UTC);
    private final ConversationRules rules = new ConversationRules(MusicCatalogue.builtIn());

    @Test
    void greedyPolicy_asksGenreThenEnergyThenSuggestsAMatchingTrack_andLogsPropensities() {
        Policy policy = new RankedPolicy("greedy", 0, List.of(ASK_GENRE, ASK_ENERGY, SUGGEST), List.of(SUGGEST));
        MusicDialog dialog = new MusicDialog(policy, rules, new Random(1), CLOCK);
        assertTrue(MusicDialog.starts("Help me find music, please"));

        MusicDialog.Step.Prompt genre = assertInstanceOf(MusicDialog.Step.Prompt.class, dialog.start("c1", "ann"));
        assertTrue(genre.say().contains("Which genre"), genre.say());
        MusicDialog.Step.Prompt unclear = assertInstanceOf(MusicDialog.Step.Prompt.class,
                dialog.reply(genre.conversation(), "hmm"));
        assertTrue(unclear.say().startsWith("Sorry"), unclear.say());
        MusicDialog.Step.Prompt energy = assertInstanceOf(MusicDialog.Step.Prompt.class,
                dialog.reply(unclear.conversation(), "some jazz"));
        assertTrue(energy.say().contains("laid back or upbeat"), energy.say());
        MusicDialog.Step.Prompt suggestion = assertInstanceOf(MusicDialog.Step.Prompt.class,
                dialog.reply(energy.conversation(), "something chill"));
        assertTrue(suggestion.say().contains("'Blue Hour Drift'"), suggestion.say()); // jazz, laid back
        MusicDialog.Step.Prompt another = assertInstanceOf(MusicDialog.Step.Prompt.class,
                dialog.reply(suggestion.conversation(), "no, something else"));
        assertTrue(another.say().contains("'Slow Rain on Fifth'"), another.say());
        MusicDialog.Step.Finished done = assertInstanceOf(MusicDialog.Step.Finished.class,
                dialog.reply(another.conversation(), "yes, more like this"));

        ConversationRecord record = done.record();
        assertTrue(record.success());
        assertEquals("jazz-calm-1990", done.track().orElseThrow().id());
        assertEquals(List.of(ASK_GENRE, ASK_ENERGY, SUGGEST, SUGGEST),
                record.steps().stream().map(ConversationStep::action).toList());
        assertTrue(record.steps().stream().allMatch(s -> s.propensity() == 1.0));
        assertEquals(1, record.steps().get(3).features().rejections());
    }

    @Test
    void stop_endsInFailure() {
        MusicDialog dialog = new MusicDialog(MusicDialog.DEFAULT_POLICY, rules, new Random(3), CLOCK);
        MusicDialog.Step.Prompt first = assertInstanceOf(MusicDialog.Step.Prompt.class, dialog.start("c2", "bob"));
        MusicDialog.Step.Finished done = assertInstanceOf(MusicDialog.Step.Finished.class,
                dialog.reply(first.conversation(), "never mind"));
        assertFalse(done.record().success());
        assertEquals(1, done.record().steps().size());
    }

    @Test
    void exploringPolicy_logsTheDrawnActionsPropensity() {
        MusicDialog dialog = new MusicDialog(MusicDialog.DEFAULT_POLICY, rules, new Random(7), CLOCK);
        for (int i = 0; i < 50; i++) {
            MusicDialog.Step.Prompt p = assertInstanceOf(MusicDialog.Step.Prompt.class, dialog.start("c" + i, "ann"));
            ConversationStep step = p.conversation().steps().get(0);
            // 4 allowed actions, epsilon 0.2: the greedy ASK_GENRE 0.85, each other 0.05
            assertEquals(step.action() == ASK_GENRE ? 0.85 : 0.05, step.propensity(), 1e-12);
        }
    }

    @Test
    void rankedPolicy_probabilitiesFollowEpsilonGreedy() {
        RankedPolicy p = new RankedPolicy("p", 0.3, List.of(ASK_ERA, SUGGEST), List.of(SUGGEST));
        ActionDistribution d = p.distribution(new DialogFeatures(EnumSet.of(Attribute.GENRE), 0, 1));
        assertEquals(Map.of(ASK_ENERGY, 0.1, ASK_ERA, 0.8, SUGGEST, 0.1).keySet(), d.probabilities().keySet());
        assertEquals(0.8, d.probability(ASK_ERA), 1e-12);
        assertEquals(0.0, d.probability(ASK_GENRE));
    }

    @Test
    void logFormat_roundTripsAndRejectsZeroPropensity(@TempDir Path dir) throws Exception {
        List<ConversationRecord> log = new DialogSimulator(SimulatedListeners.standard(), rules)
                .run(MusicDialog.DEFAULT_POLICY, 50, 1, Instant.EPOCH);
        Path file = dir.resolve("conversations.jsonl");
        ConversationLogFormat.write(file, log);
        assertEquals(log, ConversationLogFormat.read(file));

        Files.writeString(file, "{\"conversation\":\"c\",\"time\":\"2026-05-01T18:00:00Z\",\"user\":\"ann\","
                + "\"policy\":\"p\",\"outcome\":\"success\",\"reward\":1,\"steps\":[{\"known\":[],\"rejections\":0,"
                + "\"turn\":0,\"action\":\"SUGGEST\",\"propensity\":0,\"probabilities\":{\"ASK_GENRE\":1}}]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConversationLogFormat.read(file));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("step 0")
                && e.getMessage().contains("propensity"), e.getMessage());
    }

    @Test
    void policyFile_readsBothKindsAndNamesBadFields(@TempDir Path dir) throws Exception {
        Path ranked = dir.resolve("r.json");
        Files.writeString(ranked, "{\"name\":\"r\",\"kind\":\"epsilon-greedy\",\"epsilon\":0.1,"
                + "\"order\":[\"ASK_ENERGY\",\"SUGGEST\"]}");
        assertEquals(new RankedPolicy("r", 0.1, List.of(ASK_ENERGY, SUGGEST), List.of(ASK_ENERGY, SUGGEST)),
                PolicyFile.read(ranked));
        Path soft = dir.resolve("s.json");
        Files.writeString(soft, "{\"name\":\"s\",\"kind\":\"softmax\",\"temperature\":1,\"scores\":{\"SUGGEST\":1}}");
        assertInstanceOf(SoftmaxPolicy.class, PolicyFile.read(soft));
        Path bad = dir.resolve("b.json");
        Files.writeString(bad, "{\"name\":\"b\",\"kind\":\"epsilon-greedy\",\"epsilon\":0.1,\"order\":[\"DANCE\"]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyFile.read(bad));
        assertTrue(e.getMessage().contains("DANCE"), e.getMessage());
    }
}
