package io.ambient.models.asr;

/**
 * Sample-rate conversion with a Hann-windowed sinc. When the rate goes down, the filter's cut-off follows the
 * new Nyquist frequency, so that what cannot be represented is removed instead of folding back as noise.
 */
final class Resampler {
    private static final int HALF_TAPS = 16;

    private Resampler() {
    }

    static PcmAudio resample(PcmAudio in, int targetRate) {
        if (targetRate <= 0) {
            throw new IllegalArgumentException("target rate must be positive, was " + targetRate);
        }
        short[] src = in.samples();
        double ratio = targetRate / (double) in.sampleRate();
        double cutoff = Math.min(1.0, ratio) * 0.95;          // of the source's Nyquist frequency
        int outLength = (int) Math.floor(src.length * ratio);
        short[] out = new short[outLength];
        double reach = HALF_TAPS / cutoff;                     // source samples each side that matter
        for (int i = 0; i < outLength; i++) {
            double centre = i / ratio;
            int first = (int) Math.ceil(centre - reach);
            int last = (int) Math.floor(centre + reach);
            double sum = 0;
            double weights = 0;
            for (int j = Math.max(0, first); j <= Math.min(src.length - 1, last); j++) {
                double x = j - centre;
                double w = cutoff * sinc(cutoff * x) * hann(x / reach);
                sum += w * src[j];
                weights += w;
            }
            double v = weights == 0 ? 0 : sum / weights;
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
        }
        return new PcmAudio(out, targetRate);
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-9) {
            return 1.0;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** Hann window on [-1, 1]. */
    private static double hann(double t) {
        return Math.abs(t) >= 1 ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * t);
    }
}
