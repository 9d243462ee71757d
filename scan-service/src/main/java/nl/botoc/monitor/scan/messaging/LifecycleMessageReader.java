package nl.botoc.monitor.scan.messaging;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.scan.domain.Lifecycle;

/** The consumer's way in: turns a lifecycle message into an event, or says why it belongs on the dead-letter topic. */
public final class LifecycleMessageReader {

    private LifecycleMessageReader() {
    }

    /** @throws UnreadableMessageException when the message does not follow the contract */
    public static LifecycleEvent read(String value) {
        LifecycleEvent event;
        try {
            event = EventJson.readLifecycleEvent(value);
        } catch (EventJson.MalformedEventException e) {
            throw new UnreadableMessageException(e.getMessage(), e);
        }
        if (!Lifecycle.sequenceFitsType(event.sequence(), event.type())) {
            throw new UnreadableMessageException("a " + event.type().wireName() + " event cannot have sequence "
                    + event.sequence() + ": sequence 1 is the registering (planned or added) event and only that",
                    null);
        }
        return event;
    }

    /** A message that breaks the contract: applying it would corrupt the scan, so a person must look at it. */
    public static final class UnreadableMessageException extends RuntimeException {
        UnreadableMessageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
