package nl.botoc.monitor.registry.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecyclePayload.Planned;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.registry.TestDatabase;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class InterventionStoreTest {

    @Inject
    InterventionStore store;

    @Inject
    TestDatabase database;

    @Test
    void codeTakenByAConcurrentTransactionIsADuplicateKey() throws Exception {
        String municipality = newMunicipality();
        String code = newCode();
        CountDownLatch firstSaved = new CountDownLatch(1);
        // The first transaction stays open a while after writing, so the second cannot yet see its row.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            store.save(registration(municipality, code));
            firstSaved.countDown();
            pause();
        }));
        assertThat(firstSaved.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                store.save(registration(municipality, code))))
                .isInstanceOfSatisfying(DuplicateKey.class,
                        duplicate -> assertThat(duplicate.key()).isEqualTo(DuplicateKey.Key.CODE));

        first.get(10, TimeUnit.SECONDS);
        assertThat(database.interventionsWithCode(code)).isEqualTo(1);
    }

    private static Change registration(String municipality, String code) {
        LifecycleCommand command = new LifecycleCommand(UUID.randomUUID(),
                OccurredAt.onDay(LocalDate.of(2020, 9, 1)),
                new Planned(InterventionDetails.named(code, "Rots en Water")), "gm-projectleider");
        return Intervention.register(UUID.randomUUID(), municipality, command,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
