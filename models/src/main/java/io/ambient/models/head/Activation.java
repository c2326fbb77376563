package io.ambient.models.head;

/** What a {@link DenseLayer} applies after its affine map. */
public enum Activation {
    /** Identity: the output layer, whose logits go to temperature and softmax. */
    NONE,
    /** max(0, x): the hidden layer of the small MLP. */
    RELU
}
