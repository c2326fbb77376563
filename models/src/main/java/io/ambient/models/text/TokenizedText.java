package io.ambient.models.text;

import java.util.Arrays;

/**
 * A sentence as a BERT-style encoder takes it: one entry per token, special tokens included, no padding.
 *
 * @param inputIds      vocabulary ids, starting with [CLS] and ending with [SEP]; copied
 * @param attentionMask 1 for every token (padding is added later, per batch); copied
 * @param tokenTypeIds  segment ids, 0 for a single sentence; copied
 */
public record TokenizedText(long[] inputIds, long[] attentionMask, long[] tokenTypeIds) {

    public TokenizedText {
        if (inputIds.length != attentionMask.length || inputIds.length != tokenTypeIds.length) {
            throw new IllegalArgumentException("ids, mask and type ids differ in length: " + inputIds.length
                    + ", " + attentionMask.length + ", " + tokenTypeIds.length);
        }
        inputIds = inputIds.clone();
        attentionMask = attentionMask.clone();
        tokenTypeIds = tokenTypeIds.clone();
    }

    @Override
    public long[] inputIds() {
        return inputIds.clone();
    }

    @Override
    public long[] attentionMask() {
        return attentionMask.clone();
    }

    @Override
    public long[] tokenTypeIds() {
        return tokenTypeIds.clone();
    }

    /** Number of tokens, special tokens included. */
    public int length() {
        return inputIds.length;
    }

    /** Copies this sentence into row {@code row} of flat [batch, width] buffers; the rest of the row stays 0. */
    void copyInto(long[] ids, long[] mask, long[] types, int row, int width) {
        System.arraycopy(inputIds, 0, ids, row * width, inputIds.length);
        System.arraycopy(attentionMask, 0, mask, row * width, attentionMask.length);
        System.arraycopy(tokenTypeIds, 0, types, row * width, tokenTypeIds.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenizedText that
                && Arrays.equals(inputIds, that.inputIds)
                && Arrays.equals(attentionMask, that.attentionMask)
                && Arrays.equals(tokenTypeIds, that.tokenTypeIds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inputIds) * 31 * 31 + Arrays.hashCode(attentionMask) * 31
                + Arrays.hashCode(tokenTypeIds);
    }

    @Override
    public String toString() {
        return "TokenizedText" + Arrays.toString(inputIds);
    }
}
