package dev.quire.benchmarks;

import dev.quire.runtime.ByteSink;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;

/**
 * jte 3.2, templates precompiled by jte-maven-plugin (src/main/jte), HTML content type (escaping on):
 * {@code seedInline.jte} (the page's content inline, see {@link InlineTemplates}) or
 * {@code seedModel.jte} (content from the {@link SeedModel}, the way a site renders its pages).
 * Bytes: the templates compiled with binary static content (jte's fastest documented byte mode), over
 * an output that works like jte's own {@code Utf8ByteOutput} (binary parts copied, text encoded with
 * {@code getBytes}) but writes into the shared sink. Characters: the
 * same templates compiled without binary content, over the reused {@code StringBuilder}.
 */
final class JteImplementation implements Implementation {
  private final String name;
  private final String template;
  private final Object model;

  private final TemplateEngine binary = TemplateEngine.createPrecompiled(null, ContentType.Html,
      JteImplementation.class.getClassLoader(), "dev.quire.benchmarks.jte.binary");
  private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Html,
      JteImplementation.class.getClassLoader(), "dev.quire.benchmarks.jte.text");
  private final SinkOutput sinkOutput = new SinkOutput();
  private final BuilderOutput builderOutput = new BuilderOutput();

  private JteImplementation(String name, String template, Object model) {
    this.name = name;
    this.template = template;
    this.model = model;
  }

  static JteImplementation inline() {
    return new JteImplementation("jte", "seedInline.jte", Frame.of(Seed.MODEL));
  }

  /** The dynamic page, {@code basket.jte} (written by {@link DynamicTemplates}), for the benchmark's basket. */
  static JteImplementation dynamic(dev.quire.benchmarks.dynamic.Basket basket) {
    return new JteImplementation("jte", "basket.jte", basket);
  }

  static JteImplementation model() {
    return new JteImplementation("jte_model", "seedModel.jte", Seed.MODEL);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void bytes(ByteSink sink) {
    sinkOutput.sink = sink;
    binary.render(template, model, sinkOutput);
  }

  @Override
  public void chars(StringBuilder out) {
    builderOutput.out = out;
    text.render(template, model, builderOutput);
  }

  private static final class SinkOutput implements TemplateOutput {
    ByteSink sink;

    @Override
    public void writeContent(String value) {
      sink.write(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      sink.write(value.substring(beginIndex, endIndex).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeBinaryContent(byte[] value) {
      sink.write(value);
    }
  }

  private static final class BuilderOutput implements TemplateOutput {
    StringBuilder out;

    @Override
    public void writeContent(String value) {
      out.append(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      out.append(value, beginIndex, endIndex);
    }
  }
}
