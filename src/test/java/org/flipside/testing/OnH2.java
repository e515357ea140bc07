package org.flipside.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.flipside.FlipsideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a persistence test against an in-memory H2 database. All classes with this annotation share one
 * Spring context (and one database), so tests must create their own uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {FlipsideApplication.class, TestClockConfiguration.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1",
        "flipside.demo=false"})
public @interface OnH2 {
}
