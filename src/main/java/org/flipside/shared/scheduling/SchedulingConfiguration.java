package org.flipside.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for the whole application. Several instances may share one database: a job annotated with
 * {@code @SchedulerLock} runs on one instance at a time, coordinated through the {@code shedlock} table. Lock times
 * come from the database's clock, so instances whose clocks drift apart still agree on when a lock ends. The lock
 * only saves work: every job is idempotent on its own (conditional updates, unique keys), because a lock that
 * outlives {@code lockAtMostFor} is taken over while the first holder may still be running.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "${flipside.scheduling.default-lock-at-most-for:10m}")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
