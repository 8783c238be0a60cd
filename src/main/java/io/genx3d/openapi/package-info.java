/**
 * The published contract: the hand-reviewed document with the scope catalogue and standard-conformance filter.
 */
package io.genx3d.openapi;
