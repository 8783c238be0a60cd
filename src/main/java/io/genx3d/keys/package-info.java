/**
 * API keys: their format and hashing (with a versioned pepper), issuing, listing and revoking them, and verifying a
 * presented key (the key identity store and its cache).
 */
package io.genx3d.keys;
