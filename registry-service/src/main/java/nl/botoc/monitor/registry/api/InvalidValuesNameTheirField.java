package nl.botoc.monitor.registry.api;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reports a value the contract's types refuse (an unknown event type or precision, a date without precision) as
 * an invalid format of its field. Left alone, Quarkus answers such a value with a bare 400 that names nothing;
 * as an {@link InvalidFormatException} it becomes a problem with {@code field}, e.g. {@code occurred.precision}.
 */
@Singleton
public class InvalidValuesNameTheirField implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public Object handleInstantiationProblem(DeserializationContext context, Class<?> type, Object value,
                                                     Throwable problem) throws IOException {
                throw InvalidFormatException.from(context.getParser(),
                        "not a valid " + type.getSimpleName() + ": " + rootCause(problem).getMessage(), value, type);
            }
        });
    }

    private static Throwable rootCause(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
