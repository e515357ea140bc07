package org.flipside.matching.run;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs execute one at a time on their own thread: the optimiser uses a whole core, and a small queue keeps a burst
 * of clicks from piling up work (beyond it a start is refused).
 */
@Configuration(proxyBeanMethods = false)
class RunExecution {

    @Bean(name = "matchingRuns", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor matchingRuns(@Value("${flipside.matching.run-queue:20}") int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("matching-run-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
