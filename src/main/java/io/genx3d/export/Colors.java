package io.genx3d.export;

/** {@code #rrggbb} (sRGB) to the channel values the formats want. */
final class Colors {

    private Colors() {}

    /** sRGB channels in 0..1, as OBJ's MTL {@code Kd} takes them. */
    static double[] srgb(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new double[] {((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0};
    }

    /** Linear channels, as glTF's {@code baseColorFactor} requires. */
    static double[] linear(String hex) {
        double[] srgb = srgb(hex);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = srgb[i];
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return linear;
    }
}
