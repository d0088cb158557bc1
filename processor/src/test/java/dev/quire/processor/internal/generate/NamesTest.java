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
      "漢字.md, 漢字Page",
      "日本.md, 日本Page",
      "новости.md, НовостиPage",
      "йод.md, ЙодPage",
      "が.md, がPage",
      "か.md, かPage",
      "हिंदी.md, हिंदीPage",
      "αβγ δέλτα.md, ΑβγΔέλταPage",
      "2024-ñandú.md, Page2024NanduPage",
      "\uD83D\uDE00 smile.md, SmilePage",
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
      "новости, новости",
      "my-news, my_news",
      "my_news, my_news",
      "日本, 日本",
  })
  void packageSegments(String folder, String expected) {
    assertEquals(expected, Names.packageSegment(folder));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x\\..\\..\\evil.md | a backslash is a folder separator to browsers and to Windows",
      "a?b.md | '?' has a meaning in addresses or file names",
      "100%.md | '%' has a meaning in addresses or file names",
      "c:x.md | ':' has a meaning in addresses or file names",
      ".. | '..' is not a name",
      "'folder.' | it ends with a dot, which Windows drops",
      "' x.md' | it starts or ends with a space",
  })
  void namesThatCannotBeAddresses(String name, String problem) {
    assertEquals(java.util.Optional.of(problem), Names.addressProblem(name));
  }

  @ParameterizedTest
  @CsvSource({"about.md", "2024-10-02-Release-SVE_42.md", "IoT-Utilities Outreach.md", "новости", "日本.md", "a.b.md"})
  void namesThatAreAddresses(String name) {
    assertEquals(java.util.Optional.empty(), Names.addressProblem(name));
  }
}
