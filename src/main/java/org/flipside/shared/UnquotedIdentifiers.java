package org.flipside.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * Spring Data JDBC quotes table and column names by default, and a quoted lower-case name does not match what H2
 * stores (it folds unquoted names to upper case, PostgreSQL to lower case). Our migrations use plain unquoted names,
 * so the generated SQL must too; then each database folds them its own way and one schema serves both.
 */
@Configuration(proxyBeanMethods = false)
class UnquotedIdentifiers {

    @Bean
    static BeanPostProcessor unquotedJdbcIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
