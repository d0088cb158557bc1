package dev.quire.spring;

import dev.quire.dsl.DevMode;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns dev mode on from Spring's settings: {@code quire.dev=src/main/resources} in
 * {@code application.properties} (or a profile's, or the command line) becomes the system property
 * {@code quire.dev}, with {@code quire.dev.sources} and {@code quire.dev.options}, as soon as the
 * settings are read: before any page class loads, which is when {@link DevMode} reads it. A system
 * property already set wins.
 */
public final class QuireDevEnvironment implements EnvironmentPostProcessor, Ordered {
  /** The settings copied to system properties of the same name. */
  static final List<String> SETTINGS = List.of(DevMode.PROPERTY, DevMode.PROPERTY + ".sources", DevMode.PROPERTY + ".options");

  /** Made by Spring Boot (listed in {@code META-INF/spring.factories}). */
  public QuireDevEnvironment() {}

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    for (String setting : SETTINGS) {
      String value = environment.getProperty(setting);
      if (value != null && !value.isBlank() && System.getProperty(setting) == null) {
        System.setProperty(setting, value);
      }
    }
  }

  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER + 1; // after application.properties is read
  }
}
