package io.genx3d.chat.scene;

import io.genx3d.models.Part;
import java.util.List;

/** The axis-aligned box around some parts (rotations left out): where a thing is and how big, for placing it. */
record Box(double[] min, double[] max) {

    static Box around(List<Part> parts) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Part part : parts) {
            for (int axis = 0; axis < 3; axis++) {
                double half = extent(part, axis) / 2;
                min[axis] = Math.min(min[axis], part.position().get(axis) - half);
                max[axis] = Math.max(max[axis], part.position().get(axis) + half);
            }
        }
        return new Box(min, max);
    }

    static double extent(Part part, int axis) {
        return part.size().get(axis) * part.scale().get(axis);
    }

    double centre(int axis) {
        return (min[axis] + max[axis]) / 2;
    }

    double size(int axis) {
        return max[axis] - min[axis];
    }

    double volume() {
        return size(0) * size(1) * size(2);
    }

    double footprint() {
        return Math.max(size(0), size(2));
    }
}
