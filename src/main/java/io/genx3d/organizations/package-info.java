/**
 * Organizations, their members' roles and their projects: who may reach what an organization owns. Membership is read
 * from the database on every request that reaches an organization (never cached), so a removal or a role change holds
 * on every node from the next request. The REST boundary is {@code organizations.resources}.
 */
package io.genx3d.organizations;
