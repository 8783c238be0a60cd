package io.genx3d.chat;

import io.genx3d.models.Part;
import java.util.List;

/** Development tool: the scenes the older and the typed interpreter make of a message on the corpus's @two model. */
final class Compare {
    public static void main(String[] args) {
        List<Part> two = List.of(
                new Part("cube 1", "cube", Part.UNIT, Part.ORIGIN, Part.ORIGIN, Part.UNIT, "#cccccc"),
                new Part("sphere 2", "sphere", Part.UNIT, List.of(2.0, 0.0, 0.0), Part.ORIGIN, Part.UNIT, "#ff0000"));
        ChatInterpreter older = new CommandInterpreter();
        ChatInterpreter typed = new TypedInterpreter();
        for (String message : args) {
            Interpretation a = older.interpret(message, two);
            Interpretation b = typed.interpret(message, two);
            System.out.println("> " + message);
            System.out.println("  older: " + a.understood() + " " + a.reply());
            print(a.scene());
            System.out.println("  typed: " + b.understood() + " " + b.reply());
            print(b.scene());
        }
    }

    private static void print(List<Part> scene) {
        if (scene != null) {
            scene.forEach(p -> System.out.println("     " + p.name() + " " + p.primitive() + " pos" + p.position()
                    + " size" + p.size() + " rot" + p.rotation() + " scale" + p.scale() + " " + p.color()));
        }
    }
}
