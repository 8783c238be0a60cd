package io.genx3d.errors;

/**
 * Whether the database answers right now. Declared here, implemented by storage (which sits above errors), for
 * the one case where a failure arrives without its cause: a commit the transaction manager reports only as rolled
 * back.
 */
public interface DatabaseHealth {

    boolean reachable();
}
