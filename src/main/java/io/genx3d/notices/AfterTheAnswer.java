package io.genx3d.notices;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a notice's work (reading the account, deciding, writing the mail) a moment after the request that caused it has
 * been answered, on a managed thread: the answer waits for none of it, and its timing does not tell whether a mail was
 * due (a suspended account's right password must answer exactly like a wrong one). A notice lost to a crash in that
 * moment is lost as a mail in flight would be.
 */
@ApplicationScoped
public class AfterTheAnswer {

    private static final Logger LOG = Logger.getLogger(AfterTheAnswer.class.getName());

    /** Long enough for the answer to have left, short enough that the mail is not late. */
    static final Duration DELAY = Duration.ofMillis(100);

    @Resource
    ManagedScheduledExecutorService executor;

    void run(String what, Runnable work) {
        executor.schedule(
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A {0} notice could not be prepared: {1}", new Object[] {what, e});
                    }
                },
                DELAY.toMillis(),
                TimeUnit.MILLISECONDS);
    }
}
