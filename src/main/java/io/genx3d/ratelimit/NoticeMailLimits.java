package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often a notice that anyone can cause may be mailed to one account: a sign-in refused because the account is
 * suspended needs only the password, so at most one such mail leaves per account each
 * {@code genx3d.notices.suspended-sign-in-interval} (an hour), quietly, however often the password is tried. Kept in
 * the shared bucket store, so it holds across a cluster.
 */
@ApplicationScoped
public class NoticeMailLimits {

    @Inject
    BucketStore store;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.notices.suspended-sign-in-interval", defaultValue = "PT1H")
    Duration suspendedSignInInterval;

    private Allowance suspendedSignIns;

    @PostConstruct
    void init() {
        suspendedSignIns = new Allowance(store, suspendedSignInInterval, 1, caches);
    }

    /** Whether a suspended-sign-in notice may go to this account now (none has this interval); never refuses. */
    public boolean mayMailSuspendedSignIn(String accountId) {
        return suspendedSignIns.tryCharge("notice:suspended-sign-in:" + accountId);
    }
}
