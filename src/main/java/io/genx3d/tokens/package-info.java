/**
 * Random, unguessable identifiers and secrets (ids, keys, session tokens) and their Base62 spelling.
 */
package io.genx3d.tokens;
