package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a company needs before it takes a dependency on Quire: a licence, the pom metadata a
 * repository manager requires on every published artifact, and a changelog. (That each published
 * module builds its sources and javadoc jars, javadoc warnings failing the build, is the build's own
 * check: see the parent pom.)
 */
class ReleaseReadinessTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theLicenceIsApache2() throws Exception {
    String licence = Files.readString(ROOT.resolve("LICENSE"));
    assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"));
    assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "the whole licence text");
  }

  @Test
  void theParentPomCarriesWhatMavenCentralRequires() throws Exception {
    Element project = pom(ROOT.resolve("pom.xml"));
    for (String required : List.of("name", "description", "url")) {
      assertFalse(text(project, required).isBlank(), required);
    }
    assertEquals("Apache-2.0", text(child(child(project, "licenses"), "license"), "name"));
    assertFalse(text(child(child(project, "developers"), "developer"), "name").isBlank());
    Element scm = child(project, "scm");
    for (String required : List.of("connection", "developerConnection", "url")) {
      assertFalse(text(scm, required).isBlank(), "scm " + required);
    }
    assertEquals("false", project.getAttribute("child.project.url.inherit.append.path"),
        "modules keep the project's url instead of appending their folder to it");
  }

  @Test
  void everyPublishedModuleHasANameAndADescriptionOfItsOwn() throws Exception {
    for (String module : List.of("dsl", "runtime", "processor", "language-server")) {
      Element project = pom(ROOT.resolve(module).resolve("pom.xml"));
      assertTrue(text(project, "name").startsWith("Quire "), module);
      assertFalse(text(project, "description").isBlank(), module);
    }
    for (String unpublished : List.of("examples", "benchmarks")) {
      assertTrue(Files.readString(ROOT.resolve(unpublished).resolve("pom.xml"))
          .contains("<maven.deploy.skip>true</maven.deploy.skip>"), unpublished + " is never deployed");
    }
  }

  @Test
  void theChangelogHasTheCurrentVersionAndWhatIsUnreleased() throws Exception {
    String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"));
    String version = text(pom(ROOT.resolve("pom.xml")), "version").replace("-SNAPSHOT", "");
    assertTrue(changelog.contains("## [Unreleased]"));
    assertTrue(changelog.contains("## [" + version + "]"), "the changelog has a section for " + version);
  }

  private static Element pom(Path file) throws Exception {
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().strip();
  }
}
