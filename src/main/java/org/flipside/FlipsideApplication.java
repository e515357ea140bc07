package org.flipside;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FlipsideApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlipsideApplication.class, args);
    }
}
