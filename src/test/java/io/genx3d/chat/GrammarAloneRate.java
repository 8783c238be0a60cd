package io.genx3d.chat;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints each corpus part's hit rate with the typed grammar alone (the older interpreter answering nothing), so the
 * share the older one still carries can be seen; with {@code -Dmisses=true} also the misses of every part but the
 * unseen ones ({@link ChatCorpusTest}). Prints; asserts nothing; not a test.
 */
public final class GrammarAloneRate {

    private GrammarAloneRate() {}

    public static void main(String[] args) throws Exception {
        TypedInterpreter alone = new TypedInterpreter(
                ChatLimits.DEFAULTS, (message, scene) -> Interpretation.notUnderstood("not understood"));
        for (String part : args) {
            List<ChatCorpus.Case> cases = ChatCorpus.read(Path.of("src/test/resources/chat/" + part + ".txt"));
            List<ChatCorpus.Outcome> outcomes =
                    cases.stream().map(c -> ChatCorpus.run(alone, c)).toList();
            long hits = outcomes.stream().filter(ChatCorpus.Outcome::hit).count();
            System.out.printf(
                    "%s: typed grammar alone %d of %d (%.1f %%)%n",
                    part, hits, cases.size(), 100.0 * hits / cases.size());
            if (Boolean.getBoolean("misses") && !ChatCorpusTest.UNSEEN.contains(part)) {
                outcomes.stream()
                        .filter(outcome -> !outcome.hit())
                        .forEach(miss -> System.out.println(
                                "  " + miss.sentence().setup() + " >> " + miss.sentence() + " -> " + miss.problem()));
            }
        }
    }
}
