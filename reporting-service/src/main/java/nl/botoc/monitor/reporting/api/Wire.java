package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.EventJson;

/** The name a contract enum has on the wire (e.g. {@code original-plan}), so CSV cells match the JSON. */
final class Wire {

    private Wire() {
    }

    static String of(Enum<?> value) {
        // The contract's codec writes an enum as a JSON string: its wire name in quotes.
        return value == null ? null : EventJson.write(value).replace("\"", "");
    }
}
