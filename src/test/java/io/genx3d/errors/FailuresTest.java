package io.genx3d.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one failure conversion, in its order: deliberate refusal, lost database, concurrent change, probe, 500. */
class FailuresTest {

    private static final DatabaseHealth UP = () -> true;
    private static final DatabaseHealth DOWN = () -> false;

    @Test
    void aDeliberateRefusalIsAnsweredAsItIsEvenWhenWrapped() {
        ApiException refusal = ApiException.notFound("Model");
        assertSame(refusal, Failures.refusalFor(new RuntimeException(new IllegalStateException(refusal)), DOWN));
    }

    @Test
    void aLostConnectionAnywhereInTheChainIsA503WithRetryAfter() {
        ApiException answer =
                Failures.refusalFor(new PersistenceException(new SQLTransientConnectionException("refused")), UP);
        assertEquals(503, answer.status());
        assertEquals("database_unavailable", answer.body().error().details().get("reason"));
        assertEquals("5", answer.headers().get("Retry-After"));
    }

    @Test
    void aConcurrentChangeIsA409() {
        ApiException answer = Failures.refusalFor(new PersistenceException(new OptimisticLockException()), UP);
        assertEquals(409, answer.status());
        assertEquals("concurrent_change", answer.body().error().details().get("reason"));
    }

    @Test
    void aFailureWithoutItsCauseIsA503WhileTheDatabaseDoesNotAnswer() {
        assertEquals(
                503,
                Failures.refusalFor(new IllegalStateException("rolled back"), DOWN)
                        .status());
    }

    @Test
    void anythingElseIsA500WithAnErrorIdAndNothingElse() {
        ApiException answer = Failures.refusalFor(new IllegalStateException("internal detail"), UP);
        assertEquals(500, answer.status());
        Map<String, Object> details = answer.body().error().details();
        assertEquals(1, details.size());
        assertEquals(36, details.get("error_id").toString().length());
        assertEquals("INTERNAL_ERROR", answer.body().error().code());
    }
}
