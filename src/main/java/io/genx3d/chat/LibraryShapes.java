package io.genx3d.chat;

import io.genx3d.chat.scene.ObjectPiece;
import io.genx3d.chat.scene.ObjectShapes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The object library as the typed layer sees it: each object's pieces, the words for objects and for pieces. */
final class LibraryShapes implements ObjectShapes {

    @Override
    public Optional<List<ObjectPiece>> pieces(String object) {
        return Optional.ofNullable(Blueprints.pieces(object))
                .map(pieces -> pieces.stream()
                        .map(piece -> new ObjectPiece(
                                piece.label(),
                                piece.shape(),
                                piece.size(),
                                piece.at(),
                                piece.colour(),
                                piece.rotation()))
                        .toList());
    }

    /** Every word that names an object, to the object's name ("couch" → "sofa"). */
    static Map<String, String> objectWords() {
        Map<String, String> words = new HashMap<>();
        for (String word : Blueprints.names()) {
            Blueprints.named(word).ifPresent(name -> words.put(word, name));
        }
        return words;
    }

    /** The words for objects' pieces ("roof", "leg", "wheel"), each label's first word and the label itself. */
    static Set<String> pieceWords() {
        Set<String> words = new HashSet<>();
        for (String word : Blueprints.names()) {
            Blueprints.named(word)
                    .map(Blueprints::pieces)
                    .ifPresent(pieces -> pieces.forEach(piece -> {
                        String label = piece.label();
                        words.add(label.replaceAll(" \\d+$", ""));
                        words.add(label.split(" ")[0]);
                    }));
        }
        return words;
    }
}
