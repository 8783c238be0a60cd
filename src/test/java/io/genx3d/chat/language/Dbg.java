package io.genx3d.chat.language;

import io.genx3d.models.Colours;
import java.util.*;

public class Dbg {
    public static void main(String[] a) {
        Vocabulary v = Vocabulary.of(Colours.names(), Map.of("table", "table"), Set.of("leg"));
        Tokenizer t = new Tokenizer(v);
        for (List<Token> clause : Parser.clauses(t.tokens(a[0]))) {
            System.out.println(clause);
            ClauseReader r = new ClauseReader(clause, a[0]);
            System.out.println(r.read());
            System.out.println(r.slots.items + " unknown=" + r.slots.unknown + " target=" + r.slots.target + " colour="
                    + r.slots.colour + " verb=" + r.slots.verb + " layout=" + r.slots.layout + " dir="
                    + r.slots.direction + " copies=" + r.slots.copies);
        }
    }
}
