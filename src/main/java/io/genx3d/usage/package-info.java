/**
 * Counts each key's traffic per hour, reports it and flags anomalies; observes answered and refused requests.
 */
package io.genx3d.usage;
