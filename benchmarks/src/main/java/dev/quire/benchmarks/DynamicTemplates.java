package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.BasketPage;
import dev.quire.dsl.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the peers' dynamic page: {@code pages/basket.md} as a jte and a Mustache template, the static
 * HTML exactly Quire's (the template document of {@code BasketPage}, as a developer porting the page
 * would paste it) and each of Quire's slots as the engine's own expression, loop or condition. The
 * files are generated, not typed, and {@code DynamicTemplatesTest} fails when they are out of date;
 * regenerate with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.quire.benchmarks.DynamicTemplates benchmarks/src/main}.
 */
public final class DynamicTemplates {
  static final String JTE = "jte/basket.jte";
  static final String MUSTACHE = "resources/basket.mustache";

  /**
   * The page's slots in the order the template document meets them: V for a value, O and C for a
   * section's start and end, with the slot's number. {@link HandImplementation} is written for this
   * order, and {@link #parts()} checks it.
   */
  static final String ORDER = "V0 V1 O2 V3 V4 C2 O10 O5 V7 V6 V8 V9 C5 C10";

  /** Each slot as jte writes it. */
  private static final Map<String, String> JTE_SLOTS = Map.ofEntries(
      Map.entry("V0", "${basket.customer().name()}"), Map.entry("V1", "${basket.count()}"),
      Map.entry("O2", "@for(var offer : basket.offers())"), Map.entry("V3", "${offer.title()}"),
      Map.entry("V4", "${offer.text()}"), Map.entry("C2", "@endfor"),
      Map.entry("O10", "@if(basket.hasLines())"), Map.entry("O5", "@for(var line : basket.lines())"),
      Map.entry("V6", "${line.name()}"), Map.entry("V7", "${line.url().value()}"), Map.entry("V8", "${line.quantity()}"),
      Map.entry("V9", "${line.price()}"), Map.entry("C5", "@endfor"), Map.entry("C10", "@endif"));

  /** Each slot as Mustache writes it. */
  private static final Map<String, String> MUSTACHE_SLOTS = Map.ofEntries(
      Map.entry("V0", "{{customer.name}}"), Map.entry("V1", "{{count}}"), Map.entry("O2", "{{#offers}}"),
      Map.entry("V3", "{{title}}"), Map.entry("V4", "{{text}}"), Map.entry("C2", "{{/offers}}"),
      Map.entry("O10", "{{#hasLines}}"), Map.entry("O5", "{{#lines}}"), Map.entry("V6", "{{name}}"),
      Map.entry("V7", "{{url.value}}"), Map.entry("V8", "{{quantity}}"), Map.entry("V9", "{{price}}"),
      Map.entry("C5", "{{/lines}}"), Map.entry("C10", "{{/hasLines}}"));

  private DynamicTemplates() {}

  public static void main(String[] args) throws IOException {
    InlineTemplates.write(args, all());
  }

  /** Each template's path under src/main and its text. */
  static Map<String, String> all() {
    List<String> parts = parts();
    List<String> slots = List.of(ORDER.split(" "));
    StringBuilder jte = new StringBuilder("@import dev.quire.benchmarks.dynamic.Basket\n@param Basket basket\n");
    StringBuilder mustache = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (part.matches("(?s).*@[A-Za-z`].*") || part.contains("${") || part.contains("{{") || part.contains("!{")) {
        throw new IllegalStateException("the page's text contains template syntax; escape it before inlining: " + part);
      }
      jte.append(part);
      mustache.append(part);
      if (i < slots.size()) {
        jte.append(JTE_SLOTS.get(slots.get(i)));
        mustache.append(MUSTACHE_SLOTS.get(slots.get(i)));
      }
    }
    return Map.of(JTE, jte.toString(), MUSTACHE, mustache.toString());
  }

  /**
   * The static parts of the dynamic page's document, in order: the template's document cut at its
   * slot markers, which must come in {@link #ORDER}.
   */
  static List<String> parts() {
    String document = Seed.RENDERER.renderDocument(template());
    List<String> parts = new ArrayList<>();
    StringBuilder order = new StringBuilder();
    int start = 0;
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (dev.quire.dsl.internal.Bound.isMarkerStart(c)) {
        parts.add(document.substring(start, i));
        int slot = dev.quire.dsl.internal.Bound.slotAt(document, i);
        order.append(order.length() == 0 ? "" : " ").append(c == '\uE000' ? 'V' : c == '\uE001' ? 'O' : 'C').append(slot);
        i += 2;
        start = i + 1;
      }
    }
    parts.add(document.substring(start));
    if (!order.toString().equals(ORDER)) {
      throw new IllegalStateException("BasketPage's slots come in the order " + order + ", not " + ORDER
          + ": update DynamicTemplates and HandImplementation");
    }
    return parts;
  }

  /** The template page of {@code BasketPage}: the page with a marker where each value goes. */
  private static Page template() {
    try {
      var field = BasketPage.class.getDeclaredField("TEMPLATE");
      field.setAccessible(true);
      return (Page) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("BasketPage has no TEMPLATE", e);
    }
  }
}
