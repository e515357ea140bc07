package org.flipside.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.flipside.FlipsideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a persistence test against a real embedded PostgreSQL. All classes with this annotation share one
 * Spring context (and one server), so tests must create their own uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {FlipsideApplication.class, TestClockConfiguration.class,
        EmbeddedPostgresConfiguration.class}, properties = "flipside.demo=false")
public @interface OnPostgres {
}
