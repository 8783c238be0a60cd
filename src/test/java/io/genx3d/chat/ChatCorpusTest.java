package io.genx3d.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The chat against its corpus (src/test/resources/chat): every sentence of the development and held-out parts is
 * said, the hit rate of each part and the time per message are printed, and each part must stay at or above its
 * floor. The floors rise as the interpreter learns; they never go down.
 */
class ChatCorpusTest {

    /** Hit rates reached so far, in percent; the target is 95 on both parts. */
    static final double DEVELOPMENT_FLOOR = 99;

    static final double HELD_OUT_FLOOR = 99;

    /** Its first run, before anything was learnt from it, hit 102 of 109 (93.6 %); its misses were then seen. */
    static final double SECOND_HELD_OUT_FLOOR = 99;

    /** Its first run hit 114 of 117 (97.4 %); its three misses were then seen. */
    static final double THIRD_HELD_OUT_FLOOR = 99;

    /** Its first run hit 46 of 66 (69.7 %); its misses were then seen. */
    static final double FOURTH_HELD_OUT_FLOOR = 99;

    /**
     * Its first run hit 86 of 89 (96.6 %); one of the three misses was the corpus's own mistake ("make the first one
     * red" was checked against the newest cube), corrected since.
     */
    static final double FIFTH_HELD_OUT_FLOOR = 99;

    private final CommandInterpreter interpreter = new CommandInterpreter();

    @Test
    void theDevelopmentCorpusIsUnderstood() throws Exception {
        assertTrue(rate("development") >= DEVELOPMENT_FLOOR);
    }

    @Test
    void theHeldOutCorpusIsUnderstood() throws Exception {
        assertTrue(rate("held-out") >= HELD_OUT_FLOOR);
    }

    /**
     * The second held-out part, written and committed (9528b0a) before it was first run: the first one's misses are
     * printed by every build, so this one is the clean measure.
     */
    @Test
    void theSecondHeldOutCorpusIsUnderstood() throws Exception {
        assertTrue(rate("held-out-b") >= SECOND_HELD_OUT_FLOOR);
    }

    /** The third held-out part, written and committed (e7f18c4) before it was first run. */
    @Test
    void theThirdHeldOutCorpusIsUnderstood() throws Exception {
        assertTrue(rate("held-out-c") >= THIRD_HELD_OUT_FLOOR);
    }

    /** The fourth held-out part, chatty wording, written and committed (afa924e) before it was first run. */
    @Test
    void theFourthHeldOutCorpusIsUnderstood() throws Exception {
        assertTrue(rate("held-out-d") >= FOURTH_HELD_OUT_FLOOR);
    }

    /** The fifth held-out part, every class, written and committed (7e963d1) before it was first run. */
    @Test
    void theFifthHeldOutCorpusIsUnderstood() throws Exception {
        assertTrue(rate("held-out-e") >= FIFTH_HELD_OUT_FLOOR);
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
        outcomes.stream()
                .filter(outcome -> !outcome.hit())
                .forEach(miss -> System.out.printf(
                        "  miss (line %d): %s -> %s%n", miss.sentence().line(), miss.sentence(), miss.problem()));
        return rate;
    }
}
