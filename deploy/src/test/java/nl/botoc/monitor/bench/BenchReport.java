package nl.botoc.monitor.bench;

import org.HdrHistogram.Histogram;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as Markdown: the targets of issue 8 first, then every figure behind them. */
final class BenchReport {

    static final int INGEST_TARGET = 3_000;
    static final double INGEST_P99_TARGET_MS = 50;
    static final double INGEST_PGBENCH_RATIO_TARGET = 0.25;
    static final double OVERVIEW_P99_TARGET_MS = 20;
    static final long RSS_TARGET_MB = 350;

    private final StringBuilder out = new StringBuilder();

    /**
     * @param rss peak RSS in MB per service, in start order
     */
    static String render(String date, String machine, String setup, List<Ingest.Step> ingest,
                         List<OpenLoopReads.Result> reads, Map<String, Long> rss, int recordBytes,
                         MachineLimits.Limit pgbench, MachineLimits.Limit kafka) {
        BenchReport report = new BenchReport();
        Ingest.Step best = ingest.stream().max(Comparator.comparingDouble(Ingest.Step::perSecond)).orElseThrow();
        report.line("# botoc-monitor benchmark, " + date).line("")
                .line("Machine: " + machine + ".").line("").line(setup).line("")
                .line("## Against the targets of issue 8").line("")
                .line("| measure | measured | target | |").line("|---|---|---|---|")
                .target("ingest, best step (" + best.clients() + " clients)",
                        f("%,.0f events/s, p99 %.1f ms", best.perSecond(), ms(best.latencyMicros(), 99)),
                        "≥ 3,000 events/s with p99 ≤ 50 ms", best.perSecond() >= INGEST_TARGET
                                && ms(best.latencyMicros(), 99) <= INGEST_P99_TARGET_MS)
                .target("ingest ÷ pgbench (same clients, same row size)",
                        f("%.2f", best.perSecond() / pgbench.perSecond()), "≥ 0.25",
                        best.perSecond() / pgbench.perSecond() >= INGEST_PGBENCH_RATIO_TARGET)
                .line(f("| ingest ÷ Kafka ProducerPerformance | %.3f | none | |", best.perSecond() / kafka.perSecond()));
        for (OpenLoopReads.Result read : reads) {
            String measured = f("p50 %.1f ms, p99 %.1f ms at %d/s", ms(read.latencyMicros(), 50),
                    ms(read.latencyMicros(), 99), read.perSecond());
            if (read.what().contains("overview")) {
                report.target(read.what(), measured, "p99 ≤ 20 ms at 500 requests/s",
                        ms(read.latencyMicros(), 99) <= OVERVIEW_P99_TARGET_MS && read.failed() == 0);
            } else {
                report.line("| " + read.what() + " | " + measured + " | none | |");
            }
        }
        rss.forEach((service, mb) -> report.target("peak RSS of " + service, mb + " MB", "≤ 350 MB",
                mb <= RSS_TARGET_MB));
        report.line("").line("## Ingest: acknowledged events into registry-service (201), closed loop").line("")
                .line("| clients | events/s | p50 ms | p99 ms | p99.9 ms | max ms | failed | ÷ pgbench | ÷ ProducerPerformance |")
                .line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Ingest.Step step : ingest) {
            Histogram latency = step.latencyMicros();
            report.line(f("| %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %d%s | %.2f | %.3f |", step.clients(),
                    step.perSecond(), ms(latency, 50), ms(latency, 99), ms(latency, 99.9),
                    latency.getMaxValue() / 1000.0, step.failed(),
                    step.firstFailure().isEmpty() ? "" : " (first: " + step.firstFailure() + ")",
                    step.perSecond() / pgbench.perSecond(), step.perSecond() / kafka.perSecond()));
        }
        report.line("").line("## Reads, open loop (latency from the scheduled time)").line("")
                .line("| read | rate | answered | p50 ms | p99 ms | p99.9 ms | max ms | failed |")
                .line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (OpenLoopReads.Result read : reads) {
            Histogram latency = read.latencyMicros();
            report.line(f("| %s | %d/s | %d | %.1f | %.1f | %.1f | %.1f | %d%s |", read.what(), read.perSecond(),
                    latency.getTotalCount(), ms(latency, 50), ms(latency, 99), ms(latency, 99.9),
                    latency.getMaxValue() / 1000.0, read.failed(),
                    read.firstFailure().isEmpty() ? "" : " (first: " + read.firstFailure() + ")"));
        }
        report.line("").line("## The machine's limits, in the same run").line("")
                .line("Record size: " + recordBytes + " B, the mean key and value size of the lifecycle events"
                        + " on interventions.lifecycle.v1 after the ingest steps.").line("")
                .line("| tool | setting | per second |").line("|---|---|---:|")
                .line(f("| %s | %s | %,.0f transactions |", pgbench.tool(), pgbench.setting(), pgbench.perSecond()))
                .line(f("| %s | %s | %,.0f records |", kafka.tool(), kafka.setting(), kafka.perSecond()))
                .line("").line("## Not in this slice").line("")
                .line("Freshness at a steady 1,000 events/s (201 to the reporting SSE update), replay of 1,000,000"
                        + " events by scan-service, and re-derivation of 100,000 interventions after an"
                        + " evidence-base change are not measured yet.");
        return report.out.toString();
    }

    private BenchReport target(String measure, String measured, String target, boolean met) {
        return line("| " + measure + " | " + measured + " | " + target + " | " + (met ? "met" : "**missed**") + " |");
    }

    private BenchReport line(String text) {
        out.append(text).append('\n');
        return this;
    }

    /** NaN when nothing was answered: a percentile of no answers is no figure. */
    private static double ms(Histogram latencyMicros, double percentile) {
        if (latencyMicros.getTotalCount() == 0) {
            return Double.NaN;
        }
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String f(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }
}
