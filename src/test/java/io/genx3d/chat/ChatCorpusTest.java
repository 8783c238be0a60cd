package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chat against its corpus (src/test/resources/chat): every sentence of the development and held-out parts is
 * said, the hit rate of each part and the time per message are printed, and each part must stay at or above its
 * floor. The floors rise as the interpreter learns; they never go down.
 * <p>
 * Each held-out part after the first was written and committed before it was first run, and that first run is its
 * clean measure (its misses were seen afterwards): held-out-b 102 of 109 (93.6 %, 9528b0a), held-out-c 114 of 117
 * (97.4 %, e7f18c4), held-out-d 46 of 66 (69.7 %, afa924e), held-out-e 86 of 89 (96.6 %, 7e963d1; one miss was the
 * corpus's own mistake, "make the first one red" checked against the newest cube, corrected since), held-out-f 44 of
 * 60 (73.3 %, c02defa, casual wording), held-out-g 56 of 60 (93.3 %, f29e15f, casual and plain wording, written after
 * the sixth part's kinds were worked on), held-out-h 46 of 54 (85.2 %, d0198cd; three of its misses were its own missing
 * set-ups, mended since: 49 of 54, 90.7 %, on the sentences as meant), held-out-i 204 of 270 (75.6 %, written for issue 27 by people who never read the
 * grammar, never printed since: 256 of 270, 94.8 %, with the typed grammar). development-c is issue 27's working set
 * (534 sentences of the kinds the issue names).
 */
class ChatCorpusTest {

    /** Held-out parts whose misses are never printed: nobody working on the chat may read them. */
    static final java.util.Set<String> UNSEEN = java.util.Set.of("held-out-i");

    private final TypedInterpreter interpreter = new TypedInterpreter();

    /** Hit rates reached so far, in percent; the target is 95 on every part. */
    @ParameterizedTest(name = "{0} at or above {1} %")
    @CsvSource({
        "development, 99",
        "held-out, 99",
        "held-out-b, 99",
        "held-out-c, 99",
        "held-out-d, 99",
        "held-out-e, 99",
        "held-out-f, 99",
        "held-out-g, 99",
        "held-out-h, 99",
        "held-out-i, 94",
        "development-c, 90"
    })
    void eachPartIsUnderstoodAtOrAboveItsFloor(String part, double floor) throws Exception {
        double rate = rate(part);
        assertTrue(rate >= floor, part + ": " + rate + " % is below its floor of " + floor + " %");
    }

    private double rate(String part) throws Exception {
        List<ChatCorpus.Case> cases = ChatCorpus.read(Path.of("src/test/resources/chat/" + part + ".txt"));
        List<ChatCorpus.Outcome> outcomes =
                cases.stream().map(c -> ChatCorpus.run(interpreter, c)).toList();
        long hits = outcomes.stream().filter(ChatCorpus.Outcome::hit).count();
        double rate = 100.0 * hits / cases.size();
        long[] nanos =
                outcomes.stream().mapToLong(ChatCorpus.Outcome::nanos).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "ChatCorpusTest: %s: %d of %d sentences (%.1f %%); per message median %.3f ms, p99 %.3f ms%n",
                part,
                hits,
                cases.size(),
                rate,
                nanos[nanos.length / 2] / 1e6,
                nanos[Math.min(nanos.length - 1, nanos.length * 99 / 100)] / 1e6);
        long typedAlone = cases.stream()
                .filter(c -> interpreter.readsByItself(c.message()))
                .count();
        System.out.printf(
                Locale.ROOT,
                "ChatCorpusTest: %s: the typed grammar reads %d of %d messages itself (%.1f %%)%n",
                part,
                typedAlone,
                cases.size(),
                100.0 * typedAlone / cases.size());
        if (UNSEEN.contains(part)) {
            // Its misses stay unseen: a held-out part that is read is a part that gets tuned on.
            return rate;
        }
        outcomes.stream()
                .filter(outcome -> !outcome.hit())
                .forEach(miss -> System.out.printf(
                        "  miss (line %d): %s -> %s%n", miss.sentence().line(), miss.sentence(), miss.problem()));
        return rate;
    }
}
