/**
 * The REST boundary of organizations: the organizations themselves, their members, their projects and the projects'
 * keys. Every operation needs a dashboard session ({@code RequiresSession}): people manage teams; keys act on data.
 * Everything of an organization is a 404 to whoever is not its member, checked on every request.
 */
package io.genx3d.organizations.resources;
