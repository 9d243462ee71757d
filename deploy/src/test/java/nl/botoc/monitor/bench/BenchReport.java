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

    static final int FRESHNESS_RATE = 1_000;
    static final double FRESHNESS_P99_TARGET_MS = 500;
    static final int REPLAY_TARGET = 20_000;
    static final int REDERIVATION_SCANS = 100_000;
    static final double REDERIVATION_TARGET_SECONDS = 10;

    /** Everything one run measured. */
    record Results(String date, String machine, String setup, List<Ingest.Step> ingest, Ingest.Step paced,
                   SseFreshness.Result freshness, List<OpenLoopReads.Result> reads, Map<String, Long> rss,
                   int recordBytes, MachineLimits.Limit pgbench, MachineLimits.Limit kafka, Replay.Result replay,
                   Rederivation.Result rederivation) {
    }

    private final StringBuilder out = new StringBuilder();

    static String render(Results results) {
        BenchReport report = new BenchReport();
        report.line("# botoc-monitor benchmark, " + results.date()).line("")
                .line("Machine: " + results.machine() + ".").line("").line(results.setup()).line("")
                .line("## Against the targets of issue 8").line("")
                .line("| measure | measured | target | |").line("|---|---|---|---|");
        report.targets(results);
        report.ingest(results).freshness(results).reads(results.reads()).replay(results)
                .limits(results.recordBytes(), results.pgbench(), results.kafka());
        return report.out.toString();
    }

    private void targets(Results results) {
        Ingest.Step best = best(results.ingest());
        double pgbench = results.pgbench().perSecond();
        target("ingest, best step (" + best.clients() + " clients)",
                f("%,.0f events/s, p99 %.1f ms", best.perSecond(), ms(best.latencyMicros(), 99)),
                "≥ 3,000 events/s with p99 ≤ 50 ms", best.perSecond() >= INGEST_TARGET
                        && ms(best.latencyMicros(), 99) <= INGEST_P99_TARGET_MS);
        target("ingest ÷ pgbench (same clients, same row size)", f("%.2f", best.perSecond() / pgbench), "≥ 0.25",
                best.perSecond() / pgbench >= INGEST_PGBENCH_RATIO_TARGET);
        line(f("| ingest ÷ Kafka ProducerPerformance | %.3f | none | |",
                best.perSecond() / results.kafka().perSecond()));
        SseFreshness.Result freshness = results.freshness();
        Ingest.Step paced = results.paced();
        target("freshness, registry 201 → reporting SSE",
                f("p50 %.0f ms, p99 %.0f ms at %,.0f events/s achieved (%,d offered)", ms(freshness.latencyMicros(), 50),
                        ms(freshness.latencyMicros(), 99), paced.perSecond(), FRESHNESS_RATE),
                "p99 ≤ 500 ms at 1,000 events/s", paced.perSecond() >= FRESHNESS_RATE * 0.95
                        && ms(freshness.latencyMicros(), 99) <= FRESHNESS_P99_TARGET_MS && freshness.unseen() == 0);
        Replay.Result replay = results.replay();
        target("replay by scan-service", f("%,.0f events/s (%,d of %,d events%s)", replay.perSecond(),
                        replay.replayed(), replay.events(), replay.finished() ? "" : ", stopped after "
                                + replay.took().toMinutes() + " min"),
                "≥ 20,000 events/s", replay.finished() && replay.perSecond() >= REPLAY_TARGET);
        Rederivation.Result rederivation = results.rederivation();
        target("re-derivation after an evidence change", f("%,d scans in %.1f s (%,.0f scans/s)%s",
                        rederivation.rederived(), rederivation.took().toMillis() / 1000.0, rederivation.perSecond(),
                        rederivation.finished() ? "" : ", of " + rederivation.scans() + ": not finished"),
                "100,000 scans ≤ 10 s", rederivation.finished() && rederivation.scans() >= REDERIVATION_SCANS
                        && rederivation.took().toMillis() <= REDERIVATION_TARGET_SECONDS * 1000);
        for (OpenLoopReads.Result read : results.reads()) {
            String measured = f("p50 %.1f ms, p99 %.1f ms at %d/s", ms(read.latencyMicros(), 50),
                    ms(read.latencyMicros(), 99), read.perSecond());
            if (read.what().contains("overview")) {
                target(read.what(), measured, "p99 ≤ 20 ms at 500 requests/s",
                        ms(read.latencyMicros(), 99) <= OVERVIEW_P99_TARGET_MS && read.failed() == 0);
            } else {
                line("| " + read.what() + " | " + measured + " | none | |");
            }
        }
        results.rss().forEach((service, mb) -> target("peak RSS of " + service, mb + " MB", "≤ 350 MB",
                mb <= RSS_TARGET_MB));
    }

    private BenchReport ingest(Results results) {
        line("").line("## Ingest: acknowledged events into registry-service (201), closed loop").line("")
                .line("| clients | events/s | p50 ms | p99 ms | p99.9 ms | max ms | failed | ÷ pgbench | ÷ ProducerPerformance |")
                .line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Ingest.Step step : results.ingest()) {
            Histogram latency = step.latencyMicros();
            line(f("| %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %d%s | %.2f | %.3f |", step.clients(),
                    step.perSecond(), ms(latency, 50), ms(latency, 99), ms(latency, 99.9),
                    latency.getMaxValue() / 1000.0, step.failed(),
                    step.firstFailure().isEmpty() ? "" : " (first: " + step.firstFailure() + ")",
                    step.perSecond() / results.pgbench().perSecond(), step.perSecond() / results.kafka().perSecond()));
        }
        return this;
    }

    private BenchReport freshness(Results results) {
        Ingest.Step paced = results.paced();
        SseFreshness.Result freshness = results.freshness();
        Histogram latency = freshness.latencyMicros();
        return line("").line("## Freshness: registry's 201 to the update at a reporting SSE client").line("")
                .line(f("Offered %,d events/s by %d paced clients; achieved %,.0f events/s (201s: p50 %.1f ms, p99"
                                + " %.1f ms; %d failed). Followed %,d of the acknowledged events (at most 32 at a"
                                + " time, one per intervention); %d not seen within 30 s.", FRESHNESS_RATE,
                        paced.clients(), paced.perSecond(), ms(paced.latencyMicros(), 50),
                        ms(paced.latencyMicros(), 99), paced.failed(), freshness.followed(), freshness.unseen()))
                .line("")
                .line("| seen | p50 ms | p99 ms | p99.9 ms | max ms |").line("|---:|---:|---:|---:|---:|")
                .line(f("| %,d | %.0f | %.0f | %.0f | %.0f |", latency.getTotalCount(), ms(latency, 50),
                        ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1000.0));
    }

    private BenchReport reads(List<OpenLoopReads.Result> reads) {
        line("").line("## Reads, open loop (latency from the scheduled time)").line("")
                .line("| read | rate | answered | p50 ms | p99 ms | p99.9 ms | max ms | failed |")
                .line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (OpenLoopReads.Result read : reads) {
            Histogram latency = read.latencyMicros();
            line(f("| %s | %d/s | %d | %.1f | %.1f | %.1f | %.1f | %d%s |", read.what(), read.perSecond(),
                    latency.getTotalCount(), ms(latency, 50), ms(latency, 99), ms(latency, 99.9),
                    latency.getMaxValue() / 1000.0, read.failed(),
                    read.firstFailure().isEmpty() ? "" : " (first: " + read.firstFailure() + ")"));
        }
        return this;
    }

    private BenchReport replay(Results results) {
        Replay.Result replay = results.replay();
        Rederivation.Result rederivation = results.rederivation();
        return line("").line("## Replay and re-derivation by scan-service").line("")
                .line(f("Replay: %,d events over %,d interventions (the ingest's log written again under new ids);"
                                + " %,d replayed in %.1f s from the moment scan-service was ready on an emptied"
                                + " database, until its group had committed the log and its outbox was empty: %,.0f"
                                + " events/s%s.", replay.events(), replay.interventions(), replay.replayed(),
                        replay.took().toMillis() / 1000.0, replay.perSecond(),
                        replay.finished() ? "" : " (not finished)"))
                .line("")
                .line(f("Re-derivation: one factor reclassified by a researcher; %,d of the %,d scans re-derived"
                                + " under the new version and published in %.1f s (POST to the last record's"
                                + " timestamp on the scans topic): %,.0f scans/s%s.", rederivation.rederived(),
                        rederivation.scans(), rederivation.took().toMillis() / 1000.0, rederivation.perSecond(),
                        rederivation.finished() ? "" : " (not finished)"));
    }

    private BenchReport limits(int recordBytes, MachineLimits.Limit pgbench, MachineLimits.Limit kafka) {
        return line("").line("## The machine's limits, in the same run").line("")
                .line("Record size: " + recordBytes + " B, the mean key and value size of the lifecycle events"
                        + " on interventions.lifecycle.v1 after the ingest steps.").line("")
                .line("| tool | setting | per second |").line("|---|---|---:|")
                .line(f("| %s | %s | %,.0f transactions |", pgbench.tool(), pgbench.setting(), pgbench.perSecond()))
                .line(f("| %s | %s | %,.0f records |", kafka.tool(), kafka.setting(), kafka.perSecond()));
    }

    static Ingest.Step best(List<Ingest.Step> steps) {
        return steps.stream().max(Comparator.comparingDouble(Ingest.Step::perSecond)).orElseThrow();
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
