package io.genx3d.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

/** A commit lost to another request's change is found however deep the transaction manager wrapped it. */
class ConcurrentChangeTest {

    @Test
    void anOptimisticLockFailureUnderACommitFailureIsAConcurrentChange() {
        RollbackException rolledBack = new RollbackException("Transaction marked for rollback.");
        rolledBack.initCause(new OptimisticLockException("changed or deleted since it was last read"));
        assertTrue(ConcurrentChange.isCause(new IllegalStateException("commit failed", rolledBack)));
        assertFalse(ConcurrentChange.isCause(new IllegalStateException("commit failed", new RollbackException())));
    }

    @Test
    void theAnswerIsAConflictTheClientCanRetry() {
        ApiException refusal = ConcurrentChange.refusal();
        assertEquals(409, refusal.status());
        assertEquals("concurrent_change", refusal.body().error().details().get("reason"));
    }
}
