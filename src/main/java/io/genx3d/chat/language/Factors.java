package io.genx3d.chat.language;

/** Size changes as a factor on each axis (x, y, z), and how words scale them. */
final class Factors {

    private Factors() {}

    static double[] parse(String text) {
        String[] parts = text.split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    /** "a bit bigger" (degree below 1) is less of a change than "bigger", "a lot bigger" (above 1) more. */
    static double[] degree(double[] factor, double degree) {
        return new double[] {Math.pow(factor[0], degree), Math.pow(factor[1], degree), Math.pow(factor[2], degree)};
    }

    /** "twice as tall", "3 times smaller", "half as big": {@code times} on each axis the comparative changes. */
    static double[] times(double[] direction, double times) {
        double[] result = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            if (Math.abs(direction[axis] - 1) < 1e-9) {
                result[axis] = 1;
            } else {
                result[axis] = direction[axis] > 1 ? times : 1 / times;
            }
        }
        return result;
    }

    /** "20 percent bigger": the axes the comparative changes, by that share. */
    static double[] percent(double[] direction, double percent) {
        double[] result = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            if (Math.abs(direction[axis] - 1) < 1e-9) {
                result[axis] = 1;
            } else {
                double share = percent / 100;
                result[axis] = direction[axis] > 1 ? 1 + share : Math.max(0.05, 1 - share);
            }
        }
        return result;
    }
}
