/**
 * Decides who the client is: its address and whether it arrived over TLS, believing forwarded headers only from
 * trusted proxies.
 */
package io.genx3d.network;
