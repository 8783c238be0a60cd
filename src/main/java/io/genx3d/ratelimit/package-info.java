/**
 * Decides whether a request fits its limit: token buckets per key or session per window, the allowance of failed
 * authentications per address and email, and the rate-limit headers.
 */
package io.genx3d.ratelimit;
