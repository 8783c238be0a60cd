/**
 * Decides who the client is: its address and whether it arrived over TLS, believing forwarded headers only from
 * trusted proxies; and the server's own public address, for links it mails.
 */
package io.genx3d.network;
