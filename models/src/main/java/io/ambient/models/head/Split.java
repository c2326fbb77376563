package io.ambient.models.head;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Train and validation example indices. Stratified per class, so a rare intent is represented in both,
 * and seeded, so the same seed holds out the same examples.
 */
record Split(int[] train, int[] validation) {

    static Split stratified(TrainingData data, double validationFraction, SplittableRandom random) {
        int classes = data.labelNames().size();
        List<List<Integer>> byClass = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < data.size(); i++) {
            byClass.get(data.label(i)).add(i);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (List<Integer> members : byClass) {
            int[] shuffled = members.stream().mapToInt(Integer::intValue).toArray();
            shuffle(shuffled, random);
            int held = (int) Math.floor(validationFraction * shuffled.length);
            for (int k = 0; k < shuffled.length; k++) {
                (k < held ? validation : train).add(shuffled[k]);
            }
        }
        return new Split(sorted(train), sorted(validation));
    }

    /** Fisher-Yates with the given generator: the only source of order in training. */
    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }

    private static int[] sorted(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
