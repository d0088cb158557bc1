package dev.quire.processor.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest
  @CsvSource({
      "about.md, AboutPage",
      "ipso-smart-objects.md, IpsoSmartObjectsPage",
      "2024-10-02-Release-SVE_42.md, Page20241002ReleaseSVE42Page",
      "IoT-Utilities Outreach.md, IoTUtilitiesOutreachPage",
      "über uns.md, UberUnsPage",
      "class.md, ClassPage",
      "---.md, PagePage",
      "漢字.md, PagePage",
  })
  void classNames(String file, String expected) {
    assertEquals(expected, Names.className(file));
  }

  @ParameterizedTest
  @CsvSource({
      "news, news",
      "Big Folder, big_folder",
      "2024, _2024",
      "class, class_",
      "Ünïcode, unicode",
  })
  void packageSegments(String folder, String expected) {
    assertEquals(expected, Names.packageSegment(folder));
  }
}
