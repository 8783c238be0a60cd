/**
 * Administration of every account: listing users, changing role, status and plan, revoking their keys.
 */
package io.genx3d.users;
