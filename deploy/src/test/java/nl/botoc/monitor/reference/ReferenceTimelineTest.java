package nl.botoc.monitor.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.EventType;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload.Added;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.LifecyclePayload.ProgressReported;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Goal;
import nl.botoc.monitor.contract.monitoring.GoalLevel;
import nl.botoc.monitor.contract.monitoring.Measurement;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.contract.monitoring.Target;
import nl.botoc.monitor.reference.ReferenceTimeline.InterventionRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference timeline read the way the loader sends it, and each request read back with the contract's own
 * strict codec: a field the contract does not know, a wrong level or direction, or a malformed date fails here
 * rather than as a 400 halfway through {@code botoc up}. Registry's own rules (goal and progress validation) are
 * checked where they depend on the timeline alone.
 */
class ReferenceTimelineTest {

    private static final Path TIMELINE = Path.of(System.getProperty("project.root", ".."))
            .resolve("deploy/reference-data/botoc-2022.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<InterventionRequests> timeline;
    /** Every request as the lifecycle event registry would record for it, in the timeline's order. */
    private static Map<String, List<LifecycleEvent>> eventsByCode;

    @BeforeAll
    static void readTheTimeline() throws IOException {
        timeline = ReferenceTimeline.read(TIMELINE);
        eventsByCode = timeline.stream().collect(Collectors.toMap(InterventionRequests::code,
                ReferenceTimelineTest::asContractEvents, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void everyRequestReadsAsAContractEventOfItsType() {
        Map<EventType, Long> byType = allEvents().stream()
                .collect(Collectors.groupingBy(LifecycleEvent::type, Collectors.counting()));

        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of(
                EventType.PLANNED, 62L, EventType.ADDED, 2L, EventType.STARTED, 55L, EventType.CANCELLED, 9L,
                EventType.ADJUSTED, 2L, EventType.PROGRESS_REPORTED, 1L));
    }

    @Test
    void onlyArn1StatesAMeasurableGoalAndItIsTheReportsSixtyAYear() {
        Map<String, List<Goal>> goals = eventsByCode.entrySet().stream()
                .filter(entry -> registeredDetails(entry.getValue()).measurableGoals() != null)
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> registeredDetails(entry.getValue()).measurableGoals()));

        assertThat(goals).containsOnlyKeys("ARN1");
        Goal goal = goals.get("ARN1").get(0);
        assertThat(goals.get("ARN1")).hasSize(1);
        assertThat(goal.level()).isEqualTo(GoalLevel.OUTPUT);
        assertThat(goal.indicator().code()).isEqualTo("begeleide-jongeren");
        assertThat(goal.indicator().unit()).isEqualTo("jongeren");
        assertThat(goal.indicator().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(goal.indicator().baseline()).as("the report gives no baseline").isNull();
        assertThat(goal.indicator().targets()).containsExactly(new Target(Period.year(2021), new BigDecimal(60)));
        // Goals in the registering event are no adjustment: the timeline keeps its two.
        assertThat(allEvents()).filteredOn(event -> event.type() == EventType.ADJUSTED).hasSize(2);
    }

    @Test
    void arn1sProgressReportFollowsRegistrysRules() {
        List<LifecycleEvent> arn1 = eventsByCode.get("ARN1");
        assertThat(allEvents()).filteredOn(event -> event.type() == EventType.PROGRESS_REPORTED)
                .singleElement().isIn(arn1);
        LifecycleEvent report = arn1.get(arn1.size() - 1);
        Measurement measured = ((ProgressReported) report.payload()).measurements().get(0);
        Goal goal = registeredDetails(arn1).measurableGoals().get(0);

        assertThat(((ProgressReported) report.payload()).measurements()).hasSize(1);
        assertThat(measured.indicator()).isEqualTo(goal.indicator().code());
        assertThat(measured.unit()).isEqualTo(goal.indicator().unit());
        assertThat(measured.value()).isEqualByComparingTo("60");
        assertThat(measured.period().isOrdered()).isTrue();
        // Inside the intervention's life: not before its registration, not after the report itself.
        assertThat(measured.period().start()).isAfterOrEqualTo(arn1.get(0).occurred().date())
                .isBeforeOrEqualTo(report.occurred().latestPossibleDate());
        // After the start in the timeline's order and dates.
        assertThat(arn1.get(1).type()).isEqualTo(EventType.STARTED);
        assertThat(report.occurred().date()).isAfterOrEqualTo(arn1.get(1).occurred().date());
    }

    @Test
    void everyEventIdIsTheSameOnEveryReadAndUsedOnce() throws IOException {
        List<UUID> ids = allEvents().stream().map(LifecycleEvent::eventId).toList();
        List<UUID> again = ReferenceTimeline.read(TIMELINE).stream().map(ReferenceTimelineTest::asContractEvents)
                .flatMap(List::stream).map(LifecycleEvent::eventId).toList();

        assertThat(again).isEqualTo(ids);
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static List<LifecycleEvent> allEvents() {
        return eventsByCode.values().stream().flatMap(List::stream).toList();
    }

    private static InterventionDetails registeredDetails(List<LifecycleEvent> events) {
        return events.get(0).payload() instanceof Planned planned ? planned.details()
                : ((Added) events.get(0).payload()).details();
    }

    /** Wraps each request body in the envelope registry gives it, then reads it with the contract's codec. */
    private static List<LifecycleEvent> asContractEvents(InterventionRequests intervention) {
        UUID interventionId = UUID.nameUUIDFromBytes(intervention.code().getBytes(StandardCharsets.UTF_8));
        List<LifecycleEvent> events = new ArrayList<>();
        ObjectNode registration = intervention.registration();
        String registers = "added".equals(registration.required("origin").asText()) ? "added" : "planned";
        events.add(envelope(intervention, interventionId, 1, registers, registration, "origin"));
        for (ObjectNode event : intervention.events()) {
            events.add(envelope(intervention, interventionId, events.size() + 1, event.required("type").asText(),
                    event, "type"));
        }
        return events;
    }

    private static LifecycleEvent envelope(InterventionRequests intervention, UUID interventionId, long sequence,
                                           String type, ObjectNode request, String requestOnlyField) {
        ObjectNode payload = request.deepCopy();
        payload.remove(List.of("eventId", "occurred", requestOnlyField));
        ObjectNode envelope = JSON.createObjectNode()
                .put("eventId", request.required("eventId").asText())
                .put("schemaVersion", LifecycleEvent.CURRENT_SCHEMA_VERSION)
                .put("interventionId", interventionId.toString())
                .put("municipality", intervention.municipality())
                .put("recordedAt", "2026-01-01T00:00:00Z")
                .put("sequence", sequence)
                .put("type", type);
        envelope.set("occurred", request.required("occurred"));
        envelope.set("payload", payload);
        return EventJson.readLifecycleEvent(envelope.toString());
    }
}
