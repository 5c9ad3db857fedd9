package org.tongban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tongban (通办), the integrated government-services platform. One deployable made of modules,
 * one top-level package each; {@code shared} holds the value objects and error vocabulary all of them use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
@Modulithic(systemName = "Tongban", sharedModules = "shared")
public class TongbanApplication {

    public static void main(String[] args) {
        SpringApplication.run(TongbanApplication.class, args);
    }
}
