package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import nl.botoc.monitor.reporting.domain.Figures;
import nl.botoc.monitor.reporting.domain.IndicatorSeries;
import nl.botoc.monitor.reporting.domain.MonitoringFigures;

/**
 * The JSON form of the figures, kept out of the domain records: where a question does not apply (the original
 * plan's {@code added}, the national figures' municipality, a share without a denominator, a baseline not given) the
 * value is null, and clients see no such field rather than a misleading 0 or a null.
 * Applies to the REST responses and to the stream, which both use the application's ObjectMapper.
 */
@Singleton
public class OverviewJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Figures.class, LeaveOutWhatDoesNotApply.class);
        mapper.addMixIn(MonitoringFigures.class, LeaveOutWhatDoesNotApply.class);
        mapper.addMixIn(IndicatorSeries.class, LeaveOutWhatDoesNotApply.class);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class LeaveOutWhatDoesNotApply {
    }
}
