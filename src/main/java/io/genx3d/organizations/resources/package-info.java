/**
 * The REST boundary of organizations: the organizations themselves, their members, their projects and the projects'
 * keys, for a person: a dashboard session or a personal key ({@code keys:read} to read, {@code keys:write} to change);
 * project keys are refused. Everything of an organization is a 404 to whoever is not its member, checked on every
 * request.
 */
package io.genx3d.organizations.resources;
