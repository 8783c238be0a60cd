package io.genx3d.notices;

import io.genx3d.keys.KeyHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The devices (a user agent and a client address) each account has logged in from, to tell a sign-in from a new one.
 * At most {@link #PER_ACCOUNT} per account: the least recently seen are forgotten (and would count as new again). An
 * account's very first device is recorded without counting as new: there was nothing to compare it with, and the
 * person who just signed up needs no mail about it.
 */
@ApplicationScoped
public class KnownSignIns {

    static final int PER_ACCOUNT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyHasher hasher;

    /** Records the sign-in; whether it came from a device this account had not used before (and had others). */
    @Transactional
    public boolean recordIsNew(String accountId, String userAgent, String clientAddress) {
        String fingerprint = hasher.derive("sign-in device", accountId + "\n" + userAgent + "\n" + clientAddress);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AccountDevice known = em.find(AccountDevice.class, fingerprint, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            known.seen(now);
            return false;
        }
        List<AccountDevice> devices = em.createNamedQuery("AccountDevice.ofAccount", AccountDevice.class)
                .setParameter("accountId", accountId)
                .getResultList();
        devices.stream().skip(PER_ACCOUNT - 1L).forEach(em::remove);
        em.persist(new AccountDevice(fingerprint, accountId, now));
        em.flush();
        return !devices.isEmpty();
    }
}
