package io.genx3d.keys;

/** CDI event: an account's role, status or plan changed, so what was verified about its keys is out of date. */
public record AccountChanged(String accountId) {
}
