package org.flipside.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs the modules' event listeners ({@code @ApplicationModuleListener} is asynchronous) on the thread that committed,
 * right after the commit. A request in a web test then returns only once every reaction to it has happened, so a
 * test reads what the listeners wrote without racing them. The listeners still commit in their own transaction and
 * their failures are still only logged, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InlineListenersConfiguration {

    @Bean
    TaskExecutor taskExecutor() {
        return new SyncTaskExecutor();
    }
}
