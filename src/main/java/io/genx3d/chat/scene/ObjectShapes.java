package io.genx3d.chat.scene;

import java.util.List;
import java.util.Optional;

/** The library of objects the scene builds from: an object's pieces by its name ("table", "traffic-light"). */
public interface ObjectShapes {

    Optional<List<ObjectPiece>> pieces(String object);
}
