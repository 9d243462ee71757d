package nl.botoc.monitor.reporting.api;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;

import java.util.Optional;

/** Sends each published item to every subscriber, and the latest one to each new subscriber first. */
final class LatestBroadcast<T> {

    private final BroadcastProcessor<T> pushes = BroadcastProcessor.create();
    /** Guarded by this, like every publish. */
    private T latest;

    /** The latest item, then each new one; a subscriber too slow to take them all gets the newest. */
    Multi<T> stream() {
        return Multi.createFrom().emitter(emitter -> {
            // Under the lock that publish() holds, so that no item falls between the latest and the subscription.
            synchronized (this) {
                if (latest != null) {
                    emitter.emit(latest);
                }
                Cancellable subscription = pushes.subscribe().with(emitter::emit);
                emitter.onTermination(subscription::cancel);
            }
        }, BackPressureStrategy.LATEST);
    }

    synchronized void publish(T item) {
        latest = item;
        pushes.onNext(item);
    }

    synchronized Optional<T> latest() {
        return Optional.ofNullable(latest);
    }
}
