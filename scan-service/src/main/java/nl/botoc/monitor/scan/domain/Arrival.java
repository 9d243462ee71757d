package nl.botoc.monitor.scan.domain;

/** How an event's sequence relates to the last one applied for its intervention. */
public enum Arrival {
    /** Already applied (a redelivery) or older than what is applied: changes nothing. */
    ALREADY_APPLIED,
    /** The very next one: apply it. */
    NEXT,
    /** Ahead of a missing event: park it until the missing one arrives. */
    AFTER_GAP;

    /** @param lastApplied the last sequence applied for the intervention, 0 when none was */
    public static Arrival of(long sequence, long lastApplied) {
        if (sequence <= lastApplied) {
            return ALREADY_APPLIED;
        }
        return sequence == lastApplied + 1 ? NEXT : AFTER_GAP;
    }
}
