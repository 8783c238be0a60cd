/**
 * Request logs: every API answer that belongs to an account, kept for a retention period so a developer whose call
 * failed can find that call ({@code GET /api/v1/request-logs}, Settings → Logs).
 */
package io.genx3d.requestlogs;
