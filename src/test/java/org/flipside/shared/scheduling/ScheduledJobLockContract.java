package org.flipside.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * The scheduler lock on a real database: one holder per job name at a time, and every locked job of the application
 * really goes through the lock when its schedule calls it.
 */
abstract class ScheduledJobLockContract {

    @Autowired
    LockProvider locks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aLockIsHeldByOneInstanceUntilReleased() {
        String name = Unique.username("job");
        LockConfiguration job = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(job);
        assertThat(first).isPresent();
        assertThat(locks.lock(job)).as("a second instance is refused while the first holds it").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(job);
        assertThat(again).as("free again once released").isPresent();
        again.get().unlock();
    }

    @Test
    void everyLockedScheduledJobTakesItsLockWhenRun() {
        List<String> ran = new ArrayList<>();
        for (Map.Entry<String, Object> bean : context.getBeansOfType(Object.class).entrySet()) {
            Object instance = bean.getValue();
            for (Method method : AopUtils.getTargetClass(instance).getDeclaredMethods()) {
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                if (lock == null) {
                    continue;
                }
                assertThat(method.getAnnotation(Scheduled.class)).as(method + " is scheduled").isNotNull();
                Instant before = databaseNow();
                ReflectionUtils.makeAccessible(method);
                ReflectionUtils.invokeMethod(method, instance);
                List<Timestamp> lockedAt = jdbc.queryForList("select locked_at from shedlock where name = ?",
                        Timestamp.class, lock.name());
                assertThat(lockedAt).as("lock row of " + lock.name()).hasSize(1);
                assertThat(lockedAt.get(0).toInstant()).as("locked by this run of " + lock.name())
                        .isAfterOrEqualTo(before.minusMillis(1));
                ran.add(lock.name());
            }
        }
        assertThat(ran).contains("mail-delivery", "match-expiry");
    }

    private Instant databaseNow() {
        return jdbc.queryForObject("select current_timestamp", Timestamp.class).toInstant();
    }
}
