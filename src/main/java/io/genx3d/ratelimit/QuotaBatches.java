package io.genx3d.ratelimit;

import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.Spent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the requests that arrive together as one grid operation per account, instead of one each: while a batch is
 * in the grid, the requests that come meanwhile wait and go together in the next one, sent by one of them (Bucket4j
 * calls this batching; it is exact, since the grid decides a batch's requests one after another). A lone request is
 * sent at once, alone. Requests are gathered in a fixed number of stripes by account, so memory does not grow with
 * accounts; a batch that holds several accounts sends one operation for each.
 */
final class QuotaBatches {

    /** Decides one account's requests, in order, in one operation. */
    interface Sender {
        List<Spent> spend(String accountId, List<Quota> quotas);
    }

    private static final int STRIPES = 64;

    private final Sender sender;
    private final Stripe[] stripes = new Stripe[STRIPES];

    QuotaBatches(Sender sender) {
        this.sender = sender;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        final Condition sent = lock.newCondition();
        List<Waiting> queued = new ArrayList<>();
        boolean sending;
    }

    private static final class Waiting {
        final String accountId;
        final Quota quota;
        Spent answer;
        RuntimeException failure;

        Waiting(String accountId, Quota quota) {
            this.accountId = accountId;
            this.quota = quota;
        }

        boolean done() {
            return answer != null || failure != null;
        }
    }

    Spent spend(String accountId, Quota quota) {
        Stripe stripe = stripes[Math.floorMod(accountId.hashCode(), STRIPES)];
        Waiting mine = new Waiting(accountId, quota);
        stripe.lock.lock();
        try {
            stripe.queued.add(mine);
            while (!mine.done()) {
                if (stripe.sending) {
                    stripe.sent.awaitUninterruptibly();
                    continue;
                }
                // This request sends everything queued so far, its own included, and wakes the others when done.
                stripe.sending = true;
                List<Waiting> batch = stripe.queued;
                stripe.queued = new ArrayList<>();
                stripe.lock.unlock();
                try {
                    send(batch);
                } finally {
                    stripe.lock.lock();
                    stripe.sending = false;
                    stripe.sent.signalAll();
                }
            }
        } finally {
            stripe.lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.answer;
    }

    /** One operation per account in the batch; each request gets its own answer, or its account's failure. */
    private void send(List<Waiting> batch) {
        Map<String, List<Waiting>> byAccount = new LinkedHashMap<>();
        for (Waiting waiting : batch) {
            byAccount
                    .computeIfAbsent(waiting.accountId, ignored -> new ArrayList<>())
                    .add(waiting);
        }
        for (Map.Entry<String, List<Waiting>> account : byAccount.entrySet()) {
            List<Waiting> requests = account.getValue();
            try {
                List<Spent> answers = sender.spend(
                        account.getKey(), requests.stream().map(w -> w.quota).toList());
                for (int i = 0; i < requests.size(); i++) {
                    requests.get(i).answer = answers.get(i);
                }
            } catch (RuntimeException failed) {
                requests.forEach(w -> w.failure = failed);
            }
        }
    }
}
