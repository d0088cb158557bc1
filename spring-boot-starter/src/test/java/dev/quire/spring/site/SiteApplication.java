package dev.quire.spring.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application: nothing but Spring Boot, the starter and its pages. */
@SpringBootApplication
public class SiteApplication {
  public static void main(String[] args) {
    SpringApplication.run(SiteApplication.class, args);
  }
}
