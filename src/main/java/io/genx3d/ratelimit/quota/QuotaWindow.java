package io.genx3d.ratelimit.quota;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an account has spent in the current fixed window: requests counted against its plan, and against each of its
 * keys' own limits (by key line, so a rolled key goes on counting). Each count remembers the limit it was counted
 * under: a changed limit (a plan or a key edited) starts its count afresh, as a new bucket did before, except a
 * project's plan, which its own admins set ({@link Quota#planCarriesOver()}). A request
 * from a key spends one of its key's and one of the plan's, or, when either is spent, neither; a dashboard session
 * spends only the plan.
 * <p>
 * Not thread-safe: it is decided where the one copy lives, on the grid's partition thread that owns the account or
 * inside a {@code compute} of this node's map.
 */
public final class QuotaWindow {

    private static final int FORMAT = 1;

    private long windowStart;
    private final Count plan = new Count();
    private final Map<String, Count> keys = new LinkedHashMap<>();

    private static final class Count {
        long limit;
        long used;

        /** The requests left under {@code newLimit}; a count made under another limit carries over only if asked. */
        long left(long newLimit, boolean carryOver) {
            return newLimit - (carryOver || limit == newLimit ? used : 0);
        }

        void spendOne(long newLimit, boolean carryOver) {
            used = (carryOver || limit == newLimit ? used : 0) + 1;
            limit = newLimit;
        }
    }

    /** The window in {@code bytes}, or an empty one for an account with no requests yet ({@code null}). */
    public static QuotaWindow decode(byte[] bytes) {
        QuotaWindow window = new QuotaWindow();
        if (bytes == null) {
            return window;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                return window; // written by a newer release; its counts restart once, which refuses nobody wrongly
            }
            window.windowStart = in.readLong();
            window.plan.limit = in.readLong();
            window.plan.used = in.readLong();
            int keys = in.readInt();
            for (int i = 0; i < keys; i++) {
                Count count = new Count();
                String line = in.readUTF();
                count.limit = in.readLong();
                count.used = in.readLong();
                window.keys.put(line, count);
            }
            return window;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Unreadable quota window", unreadable);
        }
    }

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 40 * keys.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(windowStart);
            out.writeLong(plan.limit);
            out.writeLong(plan.used);
            out.writeInt(keys.size());
            for (Map.Entry<String, Count> key : keys.entrySet()) {
                out.writeUTF(key.getKey());
                out.writeLong(key.getValue().limit);
                out.writeLong(key.getValue().used);
            }
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return bytes.toByteArray();
    }

    /**
     * Spends one request if both the plan and the key (none for a session) have one left in the window starting at
     * {@code windowStart}; else spends nothing. Counts of an earlier window are forgotten first. A caller whose clock
     * is behind the window already counted in (another node's, at the boundary) counts in that newer window.
     */
    public Spent spend(Quota quota) {
        enter(quota.windowStart());
        long planLeft = plan.left(quota.planLimit(), quota.planCarriesOver());
        long keyLeft = keyLeft(quota, planLeft);
        if (planLeft <= 0 || keyLeft <= 0) {
            return new Spent(false, Math.max(0, planLeft), Math.max(0, keyLeft), windowStart);
        }
        plan.spendOne(quota.planLimit(), quota.planCarriesOver());
        if (quota.keyLine() != null) {
            keys.computeIfAbsent(quota.keyLine(), ignored -> new Count()).spendOne(quota.keyLimit(), false);
        }
        return new Spent(true, planLeft - 1, keyLeft - 1, windowStart);
    }

    /** What {@link #spend} would leave, spending nothing; a newer window than the one counted in is still empty. */
    public Spent peek(Quota quota) {
        QuotaWindow counted = quota.windowStart() > windowStart ? new QuotaWindow() : this;
        long planLeft = counted.plan.left(quota.planLimit(), quota.planCarriesOver());
        long keyLeft = counted.keyLeft(quota, planLeft);
        return new Spent(
                planLeft > 0 && keyLeft > 0,
                Math.max(0, planLeft),
                Math.max(0, keyLeft),
                Math.max(windowStart, quota.windowStart()));
    }

    /** The key's requests left; a session has no key, so what limits it is the plan. */
    private long keyLeft(Quota quota, long planLeft) {
        if (quota.keyLine() == null) {
            return planLeft;
        }
        Count key = keys.get(quota.keyLine());
        return key == null ? quota.keyLimit() : key.left(quota.keyLimit(), false);
    }

    private void enter(long start) {
        if (start > windowStart) {
            windowStart = start;
            plan.limit = 0;
            plan.used = 0;
            keys.clear();
        }
    }
}
