package org.flipside.people.reporting;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.people.ChainPosition;
import org.flipside.people.DirectoryChanged;
import org.flipside.people.ReportingLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a {@link ReportingForest} of the directory in memory and rebuilds it when the directory changes.
 * <p>
 * A change made on this instance arrives as a {@link DirectoryChanged} event. A change made by another instance
 * behind the same load balancer does not, so every {@code recheck} interval a query also compares a cheap
 * fingerprint of the employee table (row count, last update, version total) with the one the snapshot was built from.
 */
@Component
class DirectoryReportingLines implements ReportingLines {

    private static final Logger log = LoggerFactory.getLogger(DirectoryReportingLines.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long recheckMillis;
    private volatile Snapshot snapshot;

    DirectoryReportingLines(JdbcClient jdbc, Clock clock,
                            @Value("${flipside.people.reporting-lines-recheck:30s}") Duration recheck) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recheckMillis = recheck.toMillis();
    }

    @Override
    public boolean inChainOf(String employeeNumber, String otherEmployeeNumber) {
        return current().inChainOf(employeeNumber, otherEmployeeNumber);
    }

    @Override
    public Optional<ChainPosition> position(String employeeNumber) {
        return current().position(employeeNumber);
    }

    @Override
    public List<List<String>> cycles() {
        return current().cycles();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DirectoryChanged event) {
        // Dropped only after commit: rebuilding earlier could read the old rows and keep them as current.
        snapshot = null;
    }

    private ReportingForest current() {
        Snapshot seen = snapshot;
        long now = clock.millis();
        if (seen != null && now < seen.checkedAt + recheckMillis) {
            return seen.forest;
        }
        synchronized (this) {
            seen = snapshot;
            if (seen != null && now < seen.checkedAt + recheckMillis) {
                return seen.forest;
            }
            String fingerprint = fingerprint();
            if (seen == null || !seen.fingerprint.equals(fingerprint)) {
                seen = new Snapshot(build(), fingerprint, now);
            } else {
                seen = new Snapshot(seen.forest, fingerprint, now);
            }
            snapshot = seen;
            return seen.forest;
        }
    }

    private ReportingForest build() {
        Map<String, String> managerOf = new HashMap<>();
        jdbc.sql("select employee_number, manager_number from employee")
                .query(rs -> {
                    managerOf.put(rs.getString(1), rs.getString(2));
                });
        ReportingForest forest = ReportingForest.of(managerOf);
        if (!forest.cycles().isEmpty()) {
            log.warn("The directory has {} reporting cycle(s); people on a cycle are treated as one another's managers. "
                    + "Fix the manager numbers in the HR data: {}", forest.cycles().size(), forest.cycles());
        }
        return forest;
    }

    private String fingerprint() {
        return jdbc.sql("select count(*), max(updated_at), sum(version) from employee")
                .query(rs -> {
                    rs.next();
                    return rs.getLong(1) + "/" + rs.getTimestamp(2) + "/" + rs.getLong(3);
                });
    }

    private record Snapshot(ReportingForest forest, String fingerprint, long checkedAt) {
    }
}
