package io.genx3d.ratelimit;

import io.genx3d.caches.Caches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits sign-ups per client address ({@code genx3d.ratelimit.signups} per {@code genx3d.ratelimit.signups-window},
 * 20 an hour by default): enough for an office behind one address, too few to create accounts by the thousand or
 * to probe which emails are taken. Password-reset requests have an allowance of the same size per address; per email
 * nobody is ever refused (or a stranger could keep a person from resetting their own password), but at most one reset
 * mail leaves per address each {@code genx3d.password-reset.mail-interval} (a minute), quietly, so nobody can flood a
 * mailbox with reset mail either.
 */
@ApplicationScoped
public class SignUpLimits {

    @Inject
    BucketStore store;

    @Inject
    Caches caches;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.signups", defaultValue = "20")
    long allowed;

    @Inject
    @ConfigProperty(name = "genx3d.ratelimit.signups-window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "genx3d.password-reset.mail-interval", defaultValue = "PT1M")
    Duration resetMailInterval;

    private Allowance allowance;
    private Allowance resetMails;

    @PostConstruct
    void init() {
        allowance = new Allowance(store, window, allowed, caches);
        resetMails = new Allowance(store, resetMailInterval, 1, caches);
    }

    /** Spends one sign-up of the address's allowance, or throws the seed's 429 when none is left. */
    public void charge(String clientAddress) {
        allowance.charge("signup:address:" + clientAddress);
    }

    /**
     * Spends one new verification mail of the address's and the email's allowances (the same as password resets': a
     * mailbox is not to be flooded from the dashboard either), or throws the seed's 429.
     */
    public void chargeVerificationMail(String clientAddress, String email) {
        allowance.charge("verify:address:" + clientAddress, "verify:email:" + email);
    }

    /** Spends one password-reset request of the client address's allowance, or throws the seed's 429. */
    public void chargeResetRequest(String clientAddress) {
        allowance.charge("reset:address:" + clientAddress);
    }

    /** Whether a reset mail may go to this email now (none has this interval); answers, never refuses. */
    public boolean mayMailPasswordReset(String email) {
        return resetMails.tryCharge("reset-mail:email:" + email);
    }
}
