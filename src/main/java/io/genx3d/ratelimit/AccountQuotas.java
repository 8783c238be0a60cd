package io.genx3d.ratelimit;

import io.genx3d.ratelimit.quota.Quota;
import io.genx3d.ratelimit.quota.Spent;
import java.util.List;

/**
 * Where each account's quota window lives: this node's memory ({@link LocalAccountQuotas}) or the data grid
 * ({@link GridAccountQuotas}). Either decides a request's plan and key together, in one step.
 */
interface AccountQuotas {

    Spent spend(String accountId, Quota quota);

    Spent peek(String accountId, Quota quota);

    /** What each of these quotas has left, from one reading of the account's window, spending nothing. */
    List<Spent> peekAll(String accountId, List<Quota> quotas);
}
