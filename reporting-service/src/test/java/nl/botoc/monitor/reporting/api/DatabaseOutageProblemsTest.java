package nl.botoc.monitor.reporting.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.core.Response.Status;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageProblemsTest {

    private static final Exception REFUSED = new JDBCConnectionException("Unable to acquire JDBC Connection",
            new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));

    private final DatabaseOutageProblems problems = new DatabaseOutageProblems();

    @Test
    void aServerErrorForWantOfTheDatabaseBecomes503WithRetryAfter() {
        HttpProblem problem = problems.apply(HttpProblem.valueOf(Status.INTERNAL_SERVER_ERROR),
                ProblemContext.of(REFUSED, "/api/v1/overview"));

        assertThat(problem.getStatusCode()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Database tijdelijk niet bereikbaar");
        assertThat(problem.getInstance()).isEqualTo(URI.create("/api/v1/overview"));
        assertThat(problem.getHeaders()).containsEntry("Retry-After", 5L);
    }

    @Test
    void anyOtherProblemStaysAsItIs() {
        HttpProblem bug = HttpProblem.valueOf(Status.INTERNAL_SERVER_ERROR);
        assertThat(problems.apply(bug, ProblemContext.of(new IllegalStateException("a bug"), "/"))).isSameAs(bug);
        HttpProblem notFound = HttpProblem.valueOf(Status.NOT_FOUND);
        assertThat(problems.apply(notFound, ProblemContext.of(REFUSED, "/"))).isSameAs(notFound);
    }
}
