package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.TemplateExtension;
import nl.botoc.monitor.reporting.domain.MonitoringFigures;

/** The shares of {@link MonitoringFigures} as the pages write them: {@code {figures.goalsPercent}} → 75%. */
@TemplateExtension
public final class MonitoringText {

    private MonitoringText() {
    }

    public static String goalsPercent(MonitoringFigures figures) {
        return Numbers.percent(figures.measurableGoalsShare());
    }

    public static String reportsPercent(MonitoringFigures figures) {
        return Numbers.percent(figures.recentReportShare());
    }
}
