/**
 * Decides what a failure looks like to a client: the seed's error envelope, one exception mapper per kind of
 * failure, and {@link io.genx3d.errors.Failures}, the one conversion every path uses (refusal, 503, 409 or 500).
 */
package io.genx3d.errors;
