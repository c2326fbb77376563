/**
 * Intent heads: small classifiers over a fixed sentence embedding, trained here and served by ONNX Runtime.
 *
 * <ul>
 *   <li>{@link io.ambient.models.head.HeadTrainer} trains a {@link io.ambient.models.head.TrainedHead} from
 *       {@link io.ambient.models.head.TrainingData} with {@link io.ambient.models.head.HeadTrainingOptions}
 *       (softmax regression or one ReLU hidden layer; class-balanced; L2; Adam; temperature scaling on the
 *       validation split; optional focal distillation from a previous head). Deterministic for a seed.</li>
 *   <li>{@link io.ambient.models.head.TrainedHead#predict} is the plain-Java reference for evaluation and
 *       parity tests.</li>
 *   <li>{@link io.ambient.models.head.OnnxHeadWriter} turns a head into ONNX bytes (hand-encoded protobuf,
 *       deterministic); {@link io.ambient.models.head.OnnxIntentHead} serves those bytes through the team's
 *       ONNX Runtime adapter.</li>
 *   <li>{@link io.ambient.models.head.IntentHeadPackages} writes and opens a head as a model package
 *       ({@code io.ambient.models.pkg}).</li>
 * </ul>
 */
package io.ambient.models.head;
