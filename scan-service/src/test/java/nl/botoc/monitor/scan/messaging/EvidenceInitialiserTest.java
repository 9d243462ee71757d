package nl.botoc.monitor.scan.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.botoc.monitor.scan.EvidenceApi.currentVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Emptying the evidence table and initialising again restores every version from evidence.changes.v1. */
@QuarkusTest
class EvidenceInitialiserTest {

    @Inject
    EvidenceInitialiser initialiser;

    @Inject
    EntityManager entityManager;

    @Test
    void emptiedTableIsRestoredFromTheTopicWithTheSameVersions() {
        // Only what is on the topic can come back: wait until every stored version is.
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
        List<?> before = versions();
        long current = currentVersion();

        // One transaction, so that no lifecycle event meanwhile finds the table empty.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("DELETE FROM evidence_version").executeUpdate();
            initialiser.initialise();
        });

        assertThat(versions()).isNotEmpty().isEqualTo(before);
        assertThat(currentVersion()).isEqualTo(current);
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM evidence_version WHERE published_at IS NULL").getSingleResult()).longValue());
    }

    /** Everything of every version but when it was published. */
    private List<?> versions() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT version, CAST(change_id AS text), CAST(change AS text), CAST(evidence AS text),
                               CAST(changed_at AS text), actor
                        FROM evidence_version ORDER BY version""")
                .getResultList().stream().map(row -> List.of((Object[]) row)).toList());
    }
}
