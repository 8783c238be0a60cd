package io.genx3d.storage;

/**
 * Members joined or left the data grid, or this node merged back into it after a split. Observers drop what the
 * grid may hold from before (entries a split kept from an invalidation); an observer that throws makes the change
 * be announced again a second later.
 */
public record GridMembershipChanged() {}
