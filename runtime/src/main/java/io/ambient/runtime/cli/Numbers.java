package io.ambient.runtime.cli;

import io.ambient.models.text.EncoderSpec;

/** Option values of the learning commands, checked with a message that names the option. */
final class Numbers {
    private Numbers() {
    }

    static int whole(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, was " + value);
        }
    }

    static double fraction(String value, String option) {
        double x;
        try {
            x = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number between 0 and 1, was " + value);
        }
        if (!(x >= 0 && x <= 1)) {
            throw new UsageException(option + " must be between 0 and 1, was " + value);
        }
        return x;
    }

    static EncoderSpec encoder(String name) {
        return switch (name) {
            case "minilm" -> EncoderSpec.MINILM_L6_V2_Q;
            case "bge" -> EncoderSpec.BGE_SMALL_EN_V15_Q;
            default -> throw new UsageException("--encoder must be minilm or bge, was " + name);
        };
    }
}
