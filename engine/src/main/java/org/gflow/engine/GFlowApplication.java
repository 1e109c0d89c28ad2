package org.gflow.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * G-Flow: the Camunda 7 engine of the Lao government's workflows, with its REST API, Cockpit
 * and Admin, the plugin host, the inbox and the public pages.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(GFlowApplication.class, args);
    }
}
