/**
 * The signed-in person's own account, as Settings → Account shows it: their name, their address (and one they are
 * moving to), and which security notices they want mailed. Decides what they may change about themselves.
 */
package io.genx3d.profile;
