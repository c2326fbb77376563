package io.ambient.devices.discovery;

/** Colour conversions Zigbee devices need: they report CIE 1931 xy where people and commands use RGB. */
public final class ColorSpace {
    private ColorSpace() {
    }

    /** sRGB (0-255 per channel) to CIE xy with the Wide Gamut D65 matrix Philips Hue and Zigbee2MQTT use. */
    public static double[] rgbToXy(int r, int g, int b) {
        double rl = linear(r);
        double gl = linear(g);
        double bl = linear(b);
        double x = rl * 0.649926 + gl * 0.103455 + bl * 0.197109;
        double y = rl * 0.234327 + gl * 0.743075 + bl * 0.022598;
        double z = gl * 0.053077 + bl * 1.035763;
        double sum = x + y + z;
        // black has no chromaticity; report the white point rather than dividing by zero
        return sum == 0 ? new double[]{0.3127, 0.3290} : new double[]{x / sum, y / sum};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92;
    }
}
