package io.ambient.teachable.rephrase;

import io.ambient.teachable.rephrase.MinedRewrite.RewriteSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mines rephrase chains into rewrites through an absorbing Markov chain.
 *
 * <p>States: clusters of failed utterances are transient; clusters of successful utterances are absorbing,
 * plus one absorbing "gave up" state for chains that never succeeded. Each step of a chain (an attempt
 * followed by the user's next attempt) is one observed transition; the transition probabilities are the
 * observed frequencies. The absorption probabilities {@code B = (I - Q)^-1 R} then say, for each failed
 * phrasing, where users who started from it ended up, including through other failed phrasings: when Ann goes
 * "kitchen lights go" -> "lights up in the kitchen" -> success and Bob goes "lights up in the kitchen" ->
 * success, the chain credits "kitchen lights go" with Bob's success too. The rewrite of a state is its most
 * probable success, if that is likely and well supported enough ({@link MiningSettings}).
 *
 * <p>Personal rewrites are mined from each user's chains alone; household rewrites from everyone's, kept only
 * when several users' chains support them.
 */
public final class RewriteMiner {
    private final MiningSettings settings;
    private final EmbeddingCache embeddings;

    public RewriteMiner(MiningSettings settings, EmbeddingCache embeddings) {
        this.settings = settings;
        this.embeddings = embeddings;
    }

    /** Personal rewrites of every user, then the household's. */
    public List<MinedRewrite> mine(List<RephraseChain> chains) {
        Map<String, List<RephraseChain>> byUser = new LinkedHashMap<>();
        List<RephraseChain> rephrased = new ArrayList<>();
        for (RephraseChain chain : chains) {
            if (!chain.succeededAtOnce()) {
                rephrased.add(chain);
                byUser.computeIfAbsent(chain.user(), u -> new ArrayList<>()).add(chain);
            }
        }
        List<MinedRewrite> rewrites = new ArrayList<>();
        byUser.keySet().stream().sorted().forEach(user ->
                rewrites.addAll(mineScope(new RewriteScope.Personal(user), byUser.get(user), 1)));
        rewrites.addAll(mineScope(new RewriteScope.Household(), rephrased, settings.minHouseholdUsers()));
        return List.copyOf(rewrites);
    }

    private List<MinedRewrite> mineScope(RewriteScope scope, List<RephraseChain> chains, int minUsers) {
        if (chains.isEmpty()) {
            return List.of();
        }
        StateSpace states = StateSpace.of(chains, settings.clusterThreshold(), embeddings);
        AbsorbingMarkovChain markov = AbsorbingMarkovChain.of(states.q(), states.r());
        double[][] b = markov.absorptionProbabilities();
        List<MinedRewrite> rewrites = new ArrayList<>();
        for (int i = 0; i < states.failures().size(); i++) {
            int support = states.support(i);
            int users = states.users(i);
            if (support < settings.minSupport() || users < minUsers) {
                continue;
            }
            int best = -1;
            for (int k = 0; k < states.successes().size(); k++) { // the "gave up" column is never a target
                if (best < 0 || b[i][k] > b[i][best]) {
                    best = k;
                }
            }
            if (best < 0 || b[i][best] < settings.minProbability()) {
                continue;
            }
            UtteranceClusters.Cluster source = states.failures().get(i);
            String target = states.successes().get(best).leader();
            if (source.members().contains(target)) {
                continue; // the same words both failed and worked: rewriting them to themselves changes nothing
            }
            List<RewriteSource> sources = new ArrayList<>();
            for (int m = 0; m < source.members().size(); m++) {
                sources.add(new RewriteSource(source.members().get(m), source.embeddings().get(m)));
            }
            rewrites.add(new MinedRewrite(scope, sources, target, states.intentOf(best), Math.min(1, b[i][best]),
                    support, users));
        }
        return rewrites;
    }

    /** The chain's states and observed transitions, as the matrices of an absorbing chain. */
    private record StateSpace(UtteranceClusters failureClusters, UtteranceClusters successClusters,
                              double[][] counts, int[] support, List<Set<String>> usersByState,
                              List<Map<String, Integer>> intentsBySuccess) {

        static StateSpace of(List<RephraseChain> chains, double threshold, EmbeddingCache embeddings) {
            Map<String, Integer> failed = new HashMap<>();
            Map<String, Integer> succeeded = new HashMap<>();
            Map<String, String> intentOfText = new HashMap<>();
            for (RephraseChain chain : chains) {
                chain.failures().forEach(r -> failed.merge(r.text(), 1, Integer::sum));
                chain.success().ifPresent(r -> {
                    succeeded.merge(r.text(), 1, Integer::sum);
                    r.intentIfKnown().ifPresent(i -> intentOfText.putIfAbsent(embeddings.normalise(r.text()), i));
                });
            }
            UtteranceClusters failures = UtteranceClusters.of(failed, threshold, embeddings);
            UtteranceClusters successes = UtteranceClusters.of(succeeded, threshold, embeddings,
                    text -> intentOfText.getOrDefault(text, ""));
            int t = failures.size();
            int gaveUp = successes.size();
            double[][] counts = new double[t][t + successes.size() + 1];
            int[] support = new int[t];
            List<Set<String>> users = new ArrayList<>();
            for (int i = 0; i < t; i++) {
                users.add(new HashSet<>());
            }
            List<Map<String, Integer>> intents = new ArrayList<>();
            for (int k = 0; k < successes.size(); k++) {
                intents.add(new HashMap<>());
            }
            for (RephraseChain chain : chains) {
                List<InteractionRecord> attempts = chain.attempts();
                Set<Integer> visited = new HashSet<>();
                for (int a = 0; a < chain.failures().size(); a++) {
                    int from = failures.indexOf(attempts.get(a).text());
                    visited.add(from);
                    int to;
                    if (a + 1 < attempts.size()) {
                        InteractionRecord next = attempts.get(a + 1);
                        to = next.succeeded() ? t + successes.indexOf(next.text()) : failures.indexOf(next.text());
                    } else {
                        to = t + gaveUp;
                    }
                    counts[from][to]++;
                }
                for (int state : visited) {
                    support[state]++;
                    users.get(state).add(chain.user());
                }
                chain.success().ifPresent(s -> s.intentIfKnown().ifPresent(intent ->
                        intents.get(successes.indexOf(s.text())).merge(intent, 1, Integer::sum)));
            }
            return new StateSpace(failures, successes, counts, support, users, intents);
        }

        List<UtteranceClusters.Cluster> failures() {
            return clusters(failureClusters);
        }

        List<UtteranceClusters.Cluster> successes() {
            return clusters(successClusters);
        }

        private static List<UtteranceClusters.Cluster> clusters(UtteranceClusters c) {
            List<UtteranceClusters.Cluster> out = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                out.add(c.get(i));
            }
            return out;
        }

        double[][] q() {
            return normalisedColumns(0, failureClusters.size());
        }

        double[][] r() {
            int t = failureClusters.size();
            return normalisedColumns(t, counts.length == 0 ? 0 : counts[0].length);
        }

        private double[][] normalisedColumns(int from, int to) {
            double[][] out = new double[counts.length][to - from];
            for (int i = 0; i < counts.length; i++) {
                double total = 0;
                for (double c : counts[i]) {
                    total += c;
                }
                for (int j = from; j < to; j++) {
                    out[i][j - from] = counts[i][j] / total; // total > 0: every failure leads somewhere
                }
            }
            return out;
        }

        int support(int state) {
            return support[state];
        }

        int users(int state) {
            return usersByState.get(state).size();
        }

        String intentOf(int success) {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : intentsBySuccess.get(success).entrySet()) {
                // the most frequent intent; ties to the alphabetically first, so the result is deterministic
                if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }
    }
}
