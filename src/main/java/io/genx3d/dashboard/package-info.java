/**
 * The web dashboard's pages and their security headers.
 */
package io.genx3d.dashboard;
