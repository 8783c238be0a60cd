/**
 * An account's request quotas in one window (its plan and each of its keys' own limits), kept as one byte array and
 * decided in one step where the data grid keeps that array. Nothing here uses more than the JDK and Hazelcast's API:
 * the classes are also a library of Payara Micro's runtime ({@code genx3d-grid.jar}), so a member of the grid can run
 * {@link io.genx3d.ratelimit.quota.SpendQuota} whether or not the application is deployed on it yet.
 */
package io.genx3d.ratelimit.quota;
