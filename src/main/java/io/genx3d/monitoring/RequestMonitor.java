package io.genx3d.monitoring;

import io.genx3d.auth.RequestAnswered;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * One line per API request — method, path, status, key id, account id, latency — and the request metrics
 * ({@code genx3d_requests_total} by status, {@code genx3d_rate_limit_rejections_total}). Never the key or any
 * header: the key id names a key without revealing it. The line is written at {@code genx3d.request-log.level}
 * (INFO by default; FINE hides it under the server's usual threshold, OFF silences it), off the request's thread
 * ({@link RequestLog}; lines it had to drop are counted in {@code genx3d_request_log_dropped}). On a server without
 * MicroProfile Metrics (WildFly, which moved to Micrometer) the log line is still written and no metric is kept.
 */
@ApplicationScoped
public class RequestMonitor {

    private static final Logger REQUESTS = Logger.getLogger("io.genx3d.requests");

    @Inject
    @ConfigProperty(name = "genx3d.request-log.level", defaultValue = "INFO")
    String levelSetting;

    @Inject
    Instance<MetricRegistry> registries;

    private MetricRegistry metrics;

    @Resource
    ManagedThreadFactory threads;

    private RequestLog log;

    @PostConstruct
    void init() {
        Level level = Level.parse(levelSetting.strip().toUpperCase(Locale.ROOT));
        if (level != Level.OFF) {
            ThreadFactory factory = threads != null ? threads : Thread::new;
            log = new RequestLog(REQUESTS, level, factory);
        }
        if (registries.isResolvable()) {
            metrics = registries.get();
            metrics.counter("genx3d_rate_limit_rejections_total"); // published from the start, at 0
            metrics.gauge("genx3d_request_log_dropped", () -> log == null ? 0L : log.dropped());
        } else {
            Logger.getLogger(RequestMonitor.class.getName())
                    .info("No MicroProfile Metrics on this server: " + "requests are logged but not counted");
        }
    }

    void record(@Observes RequestAnswered answered) {
        if (metrics != null) {
            count(answered.status());
        }
        if (log != null) {
            log.offer(answered);
        }
    }

    @PreDestroy
    void writeWhatIsLeft() {
        if (log != null) {
            log.close();
        }
    }

    private void count(int status) {
        metrics.counter("genx3d_requests_total", new Tag("status", String.valueOf(status)))
                .inc();
        if (status == 429) {
            metrics.counter("genx3d_rate_limit_rejections_total").inc();
        }
    }
}
