package nl.botoc.monitor.faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * The target cluster: three brokers (each also a KRaft controller), replication factor 3 and
 * min.insync.replicas 2. One broker is killed under load; with two in sync an acknowledged write is on two
 * machines' logs, so nothing acknowledged is lost, and the producers and consumers move to the new leaders.
 */
class BrokerLossIT {

    private static final int PORT_BASE =
            Integer.parseInt(System.getenv().getOrDefault("FAULTS_PORT_BASE", "18200")) + 100;

    private static FaultSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = FaultSystem.start("three-brokers", PORT_BASE, 3);
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void oneBrokerOfThreeKilledUnderLoad() throws Exception {
        Scenario scenario = new Scenario("one broker of three SIGKILLed (RF 3, min.insync 2)", 8)
                .pause(Duration.ofMillis(100));
        Ledger ledger = scenario.run(system, faultLedger -> system.kafka().kill(2));
        scenario.judge(system, ledger);
    }
}
