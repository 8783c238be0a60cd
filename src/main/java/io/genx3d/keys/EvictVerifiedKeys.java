package io.genx3d.keys;

import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * An eviction sent to every node ({@link KeyCacheEvictions}): one key's entries, or all of one account's. Run on a
 * grid thread of the receiving node, it reaches that node's cache through {@link VerifiedKeys#onThisNode}. Payara's
 * data grid deserializes it with the application's class loader, named by the sender.
 */
record EvictVerifiedKeys(Kind kind, String id) implements Callable<Boolean>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    enum Kind {
        KEY,
        ACCOUNT
    }

    @Override
    public Boolean call() {
        VerifiedKeys.onThisNode(this);
        return true;
    }
}
