package dev.quire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two packages of a module use each other, directly or through others: the arrows between a
 * module's packages go one way, so each can be read, tested and changed with only what it uses in
 * mind. Read from the module's compiled classes ({@code target/classes}), so every kind of use counts
 * (imports, signatures, casts, constants, nested classes); a failure names each cycle and the classes
 * that make it. Every module with Java code gets this test from {@code build-support}.
 */
class PackageCyclesTest {
  /** A class name as class files hold it: {@code dev/quire/dsl/Page}, {@code Ldev/quire/dsl/Page;}. */
  private static final Pattern CLASS = Pattern.compile("dev/quire/(?:[a-z][a-z0-9_]*/)*[A-Za-z_$][A-Za-z0-9_$]*");

  @Test
  void packagesDoNotUseEachOther() throws IOException {
    Path classes = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "classes");
    assertTrue(Files.isDirectory(classes), "the module's classes are at " + classes);
    // package → package it uses → one class of the first using one of the second (for the message)
    Map<String, Map<String, String>> uses = new TreeMap<>();
    Set<String> own = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(file -> file.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace('\\', '/');
      String from = packageOf(name);
      own.add(from);
      Matcher matcher = CLASS.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      while (matcher.find()) {
        String to = packageOf(matcher.group());
        if (!to.equals(from)) {
          uses.computeIfAbsent(from, p -> new TreeMap<>())
              .putIfAbsent(to, simple(name) + " uses " + simple(matcher.group()));
        }
      }
    }
    uses.values().forEach(targets -> targets.keySet().retainAll(own));
    List<String> cycles = new ArrayList<>();
    for (List<String> component : new Components(own, uses).strong()) {
      if (component.size() > 1) {
        StringBuilder cycle = new StringBuilder(String.join(" ↔ ", component));
        for (String from : component) {
          uses.getOrDefault(from, Map.of()).forEach((to, why) -> {
            if (component.contains(to)) {
              cycle.append("\n    ").append(from).append(" → ").append(to).append(": ").append(why);
            }
          });
        }
        cycles.add(cycle.toString());
      }
    }
    assertEquals("", String.join("\n", cycles), "package cycles in " + classes);
  }

  private static String packageOf(String internalName) {
    String name = internalName.endsWith(".class") ? internalName.substring(0, internalName.length() - 6) : internalName;
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
  }

  private static String simple(String internalName) {
    String name = internalName.endsWith(".class") ? internalName.substring(0, internalName.length() - 6) : internalName;
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** Tarjan's strongly connected components of the package graph, each sorted. */
  private static final class Components {
    private final Map<String, Map<String, String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<List<String>> components = new ArrayList<>();
    private final Set<String> nodes;

    Components(Set<String> nodes, Map<String, Map<String, String>> edges) {
      this.nodes = nodes;
      this.edges = edges;
    }

    List<List<String>> strong() {
      for (String node : nodes) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return components;
    }

    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        List<String> component = new ArrayList<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        component.sort(null);
        components.add(component);
      }
    }
  }
}
