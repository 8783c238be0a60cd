/**
 * How bodies are written: the one JSON-B configuration (snake_case, stable order, explicit nulls).
 */
package io.genx3d.json;
