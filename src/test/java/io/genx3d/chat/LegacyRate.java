package io.genx3d.chat;

import java.nio.file.Path;
import java.util.List;

/** Prints the older interpreter's hit rate on a corpus part, and nothing else (for before/after figures). */
public final class LegacyRate {

    private LegacyRate() {}

    public static void main(String[] args) throws Exception {
        for (String part : args) {
            List<ChatCorpus.Case> cases = ChatCorpus.read(Path.of("src/test/resources/chat/" + part + ".txt"));
            CommandInterpreter older = new CommandInterpreter();
            long hits =
                    cases.stream().filter(c -> ChatCorpus.run(older, c).hit()).count();
            System.out.printf(
                    "%s: older interpreter %d of %d (%.1f %%)%n",
                    part, hits, cases.size(), 100.0 * hits / cases.size());
        }
    }
}
