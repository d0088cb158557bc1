package dev.quire.benchmarks.spring;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of {@code benchmarks/run spring}: starts {@link BenchApplication} in a JVM of its
 * own on a free loopback port, checks that {@code /ipso} (quire-spring-boot-starter),
 * {@code /jte/ipso} (jte-spring-boot-starter-4) and {@code /bench/bytes} (a controller returning the
 * same bytes: the floor inside Spring MVC) answer the same bytes, the first two gzipped too when asked
 * (the starter's gzip made once, Spring Boot's {@code server.compression} for jte), then loads each for a
 * fixed time:
 * with wrk when the machine has it (1 thread, {@code CONNECTIONS} kept-alive connections), else from
 * {@code THREADS} Java threads; a warm-up, then {@code ROUNDS} rounds, the five taking turns (and turns
 * about which goes first). Requests per second is the median round's; allocation per request is what
 * the server's threads allocated during the rounds over the requests they answered (the server
 * reports it). {@code --report FILE} writes the table to a file, which {@code benchmarks/run} puts in
 * {@code benchmarks/README.md}.
 *
 * <p>Arguments: seconds per round (default 10), {@code --report FILE}.
 */
public final class SpringLoad {
  private static final int THREADS = 4;
  private static final int CONNECTIONS = 8;
  /** Whether wrk is on the path (Debian: apt-get install wrk). */
  private static final boolean WRK = onPath("wrk");
  private static final int ROUNDS = 5;
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SpringLoad() {}

  /** One target's figures: requests per second of each round, bytes allocated per request. */
  private record Result(String name, double[] perSecond, double bytesPerRequest) {
    double median() {
      double[] sorted = perSecond.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  public static void main(String[] args) throws Exception {
    int seconds = 10;
    String reportFile = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--report") && i + 1 < args.length) {
        reportFile = args[++i];
      } else {
        seconds = Integer.parseInt(args[i]);
      }
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String base = "http://localhost:" + port;
    Path log = Files.createTempFile("quire-spring-bench", ".log");
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), BenchApplication.class.getName(),
        "--server.port=" + port, "--server.address=127.0.0.1")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      waitFor(base, server, log);
      byte[] quire = get(base + "/ipso");
      byte[] jte = get(base + "/jte/ipso");
      if (!Arrays.equals(quire, jte)) {
        throw new IllegalStateException("/ipso and /jte/ipso differ: regenerate src/main/jte/ipso.jte (see BenchAppTest)");
      }
      if (!Arrays.equals(quire, get(base + "/bench/bytes"))) {
        throw new IllegalStateException("/bench/bytes differs from /ipso");
      }
      for (String path : List.of("/ipso", "/jte/ipso")) {
        HttpResponse<byte[]> zipped = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
            new java.io.ByteArrayInputStream(zipped.body()))) {
          if (!zipped.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
              || !Arrays.equals(quire, in.readAllBytes())) {
            throw new IllegalStateException(path + " with Accept-Encoding: gzip does not answer the page gzipped");
          }
        }
      }
      System.out.printf(Locale.ROOT, "all answer the same %,d bytes; load from %s; warming up%n", quire.length,
          WRK ? "wrk" : "Java's HttpClient (no wrk here)");
      List<Target> targets = List.of(
          new Target("quire-spring-boot-starter (`/ipso`)", "/ipso", false),
          new Target("jte-spring-boot-starter-4 (`/jte/ipso`)", "/jte/ipso", false),
          new Target("a Spring MVC controller returning the same bytes it already has (`@ResponseBody byte[]`)",
              "/bench/bytes", false),
          new Target("quire-spring-boot-starter, gzip (made once)", "/ipso", true),
          new Target("jte-spring-boot-starter-4, gzip (Spring Boot's `server.compression`, each response)", "/jte/ipso",
              true));
      for (Target target : targets) {
        load(base, target, seconds);
      }
      double[][] rates = new double[targets.size()][ROUNDS];
      long[] requests = new long[targets.size()];
      long[] allocated = new long[targets.size()];
      for (int round = 0; round < ROUNDS; round++) {
        for (int turn = 0; turn < targets.size(); turn++) {
          int index = (round + turn) % targets.size();
          long before = Long.parseLong(new String(get(base + "/bench/allocated"), StandardCharsets.US_ASCII));
          long count = load(base, targets.get(index), seconds);
          long after = Long.parseLong(new String(get(base + "/bench/allocated"), StandardCharsets.US_ASCII));
          rates[index][round] = count / (double) seconds;
          requests[index] += count;
          allocated[index] += after - before;
          System.out.printf(Locale.ROOT, "round %d %-14s %,10.0f req/s%n", round + 1,
              targets.get(index).path() + (targets.get(index).gzip() ? " gzip" : ""), rates[index][round]);
        }
      }
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        results.add(new Result(targets.get(i).name(), rates[i], allocated[i] / (double) requests[i]));
      }
      String report = report(results, seconds, quire.length);
      System.out.println(report);
      if (reportFile != null) {
        Files.writeString(Path.of(reportFile), report, StandardCharsets.UTF_8); // benchmarks/run puts it in the README
      }
    } finally {
      server.destroy();
      Files.deleteIfExists(log);
    }
  }

  /** One address under load: its name in the table, its path, and whether the client asks for gzip. */
  private record Target(String name, String path, boolean gzip) {}

  private static String report(List<Result> results, int seconds, int bytes) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d cores; JDK %s; Spring Boot 4.0.7 (Tomcat), "
        + "jte 3.2.5. The seed page (%,d bytes); load from %s on loopback; %d rounds of %d s each after a "
        + "warm-up, the five taking turns.%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.version"), bytes, WRK ? "wrk (1 thread, " + CONNECTIONS + " connections)"
            : "Java's HttpClient (" + THREADS + " threads)", ROUNDS, seconds));
    out.append("| served by | requests/s (median round) | rounds | server allocation per request |\n");
    out.append("|---|---:|---|---:|\n");
    for (Result result : results) {
      List<String> rounds = new ArrayList<>();
      for (double rate : result.perSecond()) {
        rounds.add(String.format(Locale.ROOT, "%,.0f", rate));
      }
      out.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %,.1f KB |%n", result.name(), result.median(),
          String.join(" · ", rounds), result.bytesPerRequest() / 1024));
    }
    Result quire = results.get(0);
    Result jte = results.get(1);
    out.append(String.format(Locale.ROOT, "%nQuire ÷ jte: %.2f× the requests per second, %.2f× the allocation per "
        + "request; with gzip, %.2f× the requests per second and %.2f× the allocation. Quire ÷ the floor: %.2f× the "
        + "requests per second.%n", quire.median() / jte.median(), quire.bytesPerRequest() / jte.bytesPerRequest(),
        results.get(3).median() / results.get(4).median(), results.get(3).bytesPerRequest() / results.get(4).bytesPerRequest(),
        quire.median() / results.get(2).median()));
    return out.toString();
  }

  /**
   * GETs {@code address} for {@code seconds}, with wrk when the machine has it (a load generator in C
   * takes less of the cores the server runs on), else from {@link #THREADS} Java threads; returns how
   * many requests were answered.
   */
  private static long load(String base, Target target, int seconds) throws IOException, InterruptedException {
    String address = base + target.path();
    if (!WRK) {
      return loadFromJava(address, target.gzip(), seconds);
    }
    List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + CONNECTIONS, "-d" + seconds + "s"));
    if (target.gzip()) {
      command.addAll(List.of("-H", "Accept-Encoding: gzip"));
    }
    command.add(address);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0 || output.contains("Non-2xx") || output.contains("Socket errors")) {
      throw new IllegalStateException("wrk on " + address + ":\n" + output);
    }
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+) requests in").matcher(output);
    if (!count.find()) {
      throw new IllegalStateException("wrk said nothing about requests:\n" + output);
    }
    return Long.parseLong(count.group(1));
  }

  private static long loadFromJava(String address, boolean gzip, int seconds) throws InterruptedException {
    AtomicLong count = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(address));
    if (gzip) {
      builder.header("Accept-Encoding", "gzip");
    }
    HttpRequest request = builder.build();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
              count.incrementAndGet();
            } else {
              failures.incrementAndGet();
            }
          } catch (IOException e) {
            failures.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " requests to " + address + " failed");
    }
    return count.get();
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] get(String address) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(address)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(address + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static void waitFor(String base, Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped:\n" + Files.readString(log));
      }
      try {
        get(base + "/bench/allocated");
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the server did not start in 90 s:\n" + Files.readString(log));
  }
}
