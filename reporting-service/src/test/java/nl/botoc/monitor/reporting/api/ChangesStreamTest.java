package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.Readers;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ChangesStreamTest {

    @TestHTTPResource("/api/v1/changes/stream")
    URI stream;

    @Inject
    ScanTopic topic;

    @Test
    void namesTheChangedMunicipalityAndInterventionSoThatOnlyTheirPagesRefresh() throws Exception {
        String municipality = randomTestMunicipality();
        var scan = aScan().in(municipality).build();

        String data = ChangeStream.awaitPushMentioning(stream, Readers.MINISTRY, municipality,
                () -> topic.publish(scan));

        // Other scans consumed meanwhile may share the push; ours must be named in it.
        assertThat(data).contains("\"everything\":false", "\"" + scan.interventionId() + "\"");
    }

    /**
     * Replicas share one database, each reading every scan in a group of its own: the second to read a scan finds it
     * stored already, and must still tell its own streams. A scan read again stands for that here.
     */
    @Test
    void aScanFoundStoredAlreadyIsStillPushed() throws Exception {
        String municipality = randomTestMunicipality();
        var scan = aScan().in(municipality).build();
        ChangeStream.awaitPushMentioning(stream, Readers.MINISTRY, municipality, () -> topic.publish(scan));
        // Another push in between, so that the latest push a stream replays on connecting is not the first one.
        var other = aScan().in(randomTestMunicipality()).build();
        ChangeStream.awaitPushMentioning(stream, Readers.MINISTRY, other.municipality(), () -> topic.publish(other));

        String data = ChangeStream.awaitPushMentioning(stream, Readers.MINISTRY, municipality,
                () -> topic.publish(scan));

        assertThat(data).contains("\"" + scan.interventionId() + "\"");
    }
}
