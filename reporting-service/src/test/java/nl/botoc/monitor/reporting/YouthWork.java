package nl.botoc.monitor.reporting;

import io.restassured.path.json.JsonPath;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecycleStatus;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.TargetGroup;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.Indicator;
import nl.botoc.monitor.contract.monitoring.LoweredTarget;
import nl.botoc.monitor.contract.monitoring.MonitoringQuality;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static nl.botoc.monitor.contract.DatePrecision.DAY;
import static nl.botoc.monitor.contract.DatePrecision.MONTH;
import static nl.botoc.monitor.contract.DatePrecision.YEAR;
import static nl.botoc.monitor.contract.monitoring.GoalLevel.IMPACT;
import static nl.botoc.monitor.contract.monitoring.GoalLevel.OUTPUT;
import static nl.botoc.monitor.reporting.Events.goal;
import static nl.botoc.monitor.reporting.Events.goals;
import static nl.botoc.monitor.reporting.Events.measured;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.awaitility.Awaitility.await;

/**
 * A municipality of its own with two interventions, published to the test topics as registry and scan-service would:
 * Y1 (ARN1-like youth work) planned in September 2020 with a target of 80 young people for 2021, started in 2021,
 * its target lowered to 60, 62 reported on 14 January 2022, quiet from 14 April 2022; Y2 planned with an impact goal
 * only (lower recidivism, no baseline) and no target group. Names hold markup and quotes, and a description a control
 * character, to show they are escaped (or left out) everywhere.
 */
public final class YouthWork {

    public static final String NAME = "Jongeren <b>\"samen\"</b> & 'sterk'";
    public static final String INDICATOR = "Begeleide <jongeren> & co";
    public static final LocalDate QUIET_FROM = LocalDate.of(2022, 4, 14);

    private final LifecycleTopic lifecycle;
    public final String municipality = ScanBuilder.randomTestMunicipality();
    public final UUID youthWork = UUID.randomUUID();
    public final UUID impactOnly = UUID.randomUUID();
    private final Events y1 = Events.of(youthWork, municipality);

    private YouthWork(LifecycleTopic lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Publishes both interventions and waits until the read model has them. */
    public static YouthWork publish(LifecycleTopic lifecycle, ScanTopic scans) {
        YouthWork work = new YouthWork(lifecycle);
        work.publishTo(scans);
        return work;
    }

    private void publishTo(ScanTopic scans) {
        InterventionDetails details = new InterventionDetails("Y1", NAME, "Straatcoaches begeleiden jongeren.\u0001",
                List.of("straatcoaches-jongerenwerk"), "straatcoaches-jongerenwerk", null, null, null, false,
                new TargetGroup(12, 23, "Jongeren in de wijk"), "60 jongeren per jaar",
                List.of(goal(OUTPUT, "begeleide-jongeren", INDICATOR, "jongeren", 2021, 80)));
        List<LifecycleEvent> events = List.of(
                y1.planned("2020-09-01", MONTH, details),
                y1.started("2021-01-01", YEAR),
                y1.adjusted("2021-03-01", DAY, goals(goal(OUTPUT, "begeleide-jongeren", INDICATOR, "jongeren",
                        2021, 60))),
                y1.progressReported("2022-01-14", DAY, "Doel gehaald", measured("begeleide-jongeren", 2021, 62,
                        "jongeren")));
        events.forEach(lifecycle::publish);
        scans.publish(aScan().id(youthWork).in(municipality).code("Y1").named(NAME).status(LifecycleStatus.STARTED)
                .adjusted().sequence(4).lastOccurred(OccurredAt.onDay(LocalDate.of(2022, 1, 14)))
                .monitoring(new MonitoringQuality(true, true, OccurredAt.onDay(LocalDate.of(2022, 1, 14)), QUIET_FROM,
                        List.of(new LoweredTarget("begeleide-jongeren", Period.year(2021), BigDecimal.valueOf(80),
                                BigDecimal.valueOf(60))), false))
                .build());

        Events y2 = Events.of(impactOnly, municipality);
        lifecycle.publish(y2.planned("2020-09-01", MONTH, Events.details("Y2", "Minder recidive")
                .with(goals(new Goal(IMPACT, "Minder recidive", new Indicator("recidive", "Recidive", "%",
                        Direction.LOWER_IS_BETTER, null, List.of(new Target(Period.year(2022), BigDecimal.TEN)),
                        null))))));
        scans.publish(aScan().id(impactOnly).in(municipality).code("Y2").named("Minder recidive")
                .monitoring(new MonitoringQuality(false, false, null, null, List.of(), true)).build());
        awaitConsumed();
    }

    /** Publishes Y1's next event: a report of the young people coached in 2022. */
    public void reportFor2022(int value) {
        lifecycle.publish(y1.progressReported("2022-07-01", DAY, "Halfjaar", measured("begeleide-jongeren", 2022,
                value, "jongeren")));
    }

    private void awaitConsumed() {
        await().atMost(ScanTopic.CONSUMED).until(() -> {
            JsonPath indicators = asMinistry().get("/api/v1/interventions/" + youthWork + "/indicators").then()
                    .extract().jsonPath();
            JsonPath monitoring = asMinistry().accept("application/json")
                    .get("/api/v1/municipalities/" + municipality + "/monitoring").then().extract().jsonPath();
            // Y2's goal comes with its lifecycle event: once it shows, the IATI export has Y2 too.
            List<Object> impactGoals = asMinistry().get("/api/v1/interventions/" + impactOnly + "/indicators")
                    .jsonPath().getList("indicators");
            return indicators.getList("indicators[0].actuals") != null
                    && indicators.getList("indicators[0].actuals").size() == 1
                    && monitoring.getList("attention") != null && monitoring.getList("attention").size() == 2
                    && impactGoals != null && impactGoals.size() == 1;
        });
    }
}
