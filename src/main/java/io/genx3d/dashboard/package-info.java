/**
 * The web dashboard's pages, the WAR's static files (so the container never answers an address itself) and the
 * security headers of every answer.
 */
package io.genx3d.dashboard;
