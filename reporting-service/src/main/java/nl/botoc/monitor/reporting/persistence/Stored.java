package nl.botoc.monitor.reporting.persistence;

/** What storing a consumed record did: changed the read model or not, or refused it and why (null if not). */
public record Stored(boolean changed, String refusal) {

    static Stored changed(boolean changed) {
        return new Stored(changed, null);
    }

    static Stored refused(String why) {
        return new Stored(false, why);
    }

    public boolean refused() {
        return refusal != null;
    }
}
