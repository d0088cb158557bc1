package dev.quire.benchmarks.spring;

import java.lang.management.ManagementFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One Spring Boot application serving the seed page twice: at {@code /ipso} through
 * quire-spring-boot-starter (the example site's page, its bytes made once), and at {@code /jte/ipso}
 * through jte-spring-boot-starter-4 (a precompiled template whose output is those same bytes, rendered
 * for each request). {@code /bench/allocated} tells the load generator how much the server's threads
 * have allocated so far.
 */
@SpringBootApplication
@Controller
public class BenchApplication {
  /** Made by Spring. */
  public BenchApplication() {}

  public static void main(String[] args) {
    SpringApplication.run(BenchApplication.class, args);
  }

  /**
   * The seed page through jte: the view {@code ipso}, {@code src/main/jte/ipso.jte}.
   *
   * @return the view's name
   */
  @GetMapping("/jte/ipso")
  public String jte() {
    return "ipso";
  }

  /** The seed page's bytes as the Quire starter answers them, kept by {@link #bytes}'s first call. */
  private volatile byte[] seed;

  /**
   * The floor: a controller answering bytes it already has (the seed page's, fetched once from
   * {@code /ipso}), through Spring MVC's own {@code @ResponseBody} path. What any handler inside
   * Spring MVC costs at least.
   *
   * @param request the request
   * @return the bytes
   * @throws Exception when the page cannot be fetched
   */
  @GetMapping(value = "/bench/bytes", produces = "text/html;charset=UTF-8")
  @ResponseBody
  public byte[] bytes(jakarta.servlet.http.HttpServletRequest request) throws Exception {
    byte[] bytes = seed;
    if (bytes == null) {
      java.net.http.HttpResponse<byte[]> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
          .newBuilder(java.net.URI.create("http://127.0.0.1:" + request.getLocalPort() + "/ipso")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      bytes = page.body();
      seed = bytes;
    }
    return bytes;
  }

  /**
   * The bytes every live thread of this JVM has allocated, summed.
   *
   * @return the sum, as text
   */
  @GetMapping("/bench/allocated")
  @ResponseBody
  public String allocated() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return Long.toString(total);
  }
}
