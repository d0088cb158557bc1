package dev.quire.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example site on Spring Boot: {@code quire-spring-boot-starter} serves every page of the examples
 * module at its slug ({@code /} is the index page, {@code /news} the news collection), Spring Boot
 * serves the images ({@code static/}) and Bootstrap's CSS (its webjar), and {@link DownloadsController}
 * returns the page with a model. {@code application.properties} names the site.
 */
@SpringBootApplication
public class SpringExampleSite {
  /** Made by Spring. */
  public SpringExampleSite() {}

  public static void main(String[] args) {
    SpringApplication.run(SpringExampleSite.class, args);
  }
}
