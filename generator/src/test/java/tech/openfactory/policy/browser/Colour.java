package tech.openfactory.policy.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An sRGB colour as {@code getComputedStyle} gives it, with WCAG 2 relative luminance and contrast ratio. */
record Colour(int red, int green, int blue, double alpha) {
    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)");

    /** Parses {@code rgb(r, g, b)} or {@code rgba(r, g, b, a)}; anything else is a failure naming the value. */
    static Colour parse(String css) {
        Matcher m = RGB.matcher(css.trim());
        if (!m.matches()) {
            throw new AssertionError("not an rgb()/rgba() colour: '" + css + "'");
        }
        double alpha = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
        return new Colour(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), alpha);
    }

    boolean opaque() {
        return alpha >= 1;
    }

    /** WCAG 2 relative luminance, 0 for black to 1 for white. */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio between this colour and {@code other}, from 1 to 21. */
    double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return alpha >= 1 ? String.format("rgb(%d, %d, %d)", red, green, blue)
                : String.format("rgba(%d, %d, %d, %s)", red, green, blue, alpha);
    }
}
