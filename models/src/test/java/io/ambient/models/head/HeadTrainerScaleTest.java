package io.ambient.models.head;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The size the default intent model trains at: 30 labels, 20k examples, 384 dimensions. */
class HeadTrainerScaleTest {

    @Test
    void train_thirtyLabelsTwentyThousandExamplesDefaults_finishesWellUnderAMinute() {
        TrainingData data = SyntheticEmbeddings.clusters(30, 667, 384, 3.0, 7);
        TrainingResult result = new HeadTrainer(HeadTrainingOptions.defaults()).train(data);
        System.out.println("30 x 20010 x 384, linear, " + HeadTrainingOptions.defaults().epochs() + " epochs: "
                + result.elapsed().toMillis() + " ms; " + result.metrics());
        assertTrue(result.elapsed().toSeconds() < 45, "took " + result.elapsed());
        assertTrue(result.validationAccuracy() > 0.99, "validation accuracy " + result.validationAccuracy());
    }
}
