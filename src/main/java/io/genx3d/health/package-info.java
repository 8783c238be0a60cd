/**
 * MicroProfile Health: liveness, and readiness (database reachable, migrations applied); the open ping.
 */
package io.genx3d.health;
