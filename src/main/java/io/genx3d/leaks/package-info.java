/**
 * Leaked keys: the endpoint secret scanners (GitHub's secret-scanning partner program) report found keys to, which
 * revokes every live one at once, cluster-wide, and tells its owner. Reports are checked against the scanner's
 * signing keys when those are configured.
 */
package io.genx3d.leaks;
