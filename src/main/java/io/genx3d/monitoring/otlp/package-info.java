/**
 * OTLP over {@code http/json} for MicroProfile Telemetry's traces: an exporter and the autoconfiguration hook that
 * selects it when the standard settings ask for that protocol.
 */
package io.genx3d.monitoring.otlp;
