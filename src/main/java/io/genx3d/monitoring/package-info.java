/**
 * Observes answered requests: the one-line request log and the request metrics.
 */
package io.genx3d.monitoring;
