/**
 * Where data lives: the datasource (embedded H2, PostgreSQL or a server-provided one), migrations, pagination.
 */
package io.genx3d.storage;
