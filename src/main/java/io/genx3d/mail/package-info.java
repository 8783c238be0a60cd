/**
 * Outgoing mail: through Jakarta Mail to the SMTP server configured ({@code genx3d.smtp.*}), or, with none (the
 * embedded default), as {@code .eml} files in the data directory's {@code outbox/}. Decides how a message leaves,
 * never what it says.
 */
package io.genx3d.mail;
