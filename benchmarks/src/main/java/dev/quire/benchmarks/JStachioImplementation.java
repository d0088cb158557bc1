package dev.quire.benchmarks;

import dev.quire.runtime.ByteSink;
import io.jstach.jstachio.Output;
import io.jstach.jstachio.Template;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * JStachio 1.3, Mustache templates compiled by jstachio-apt, HTML escaping on:
 * {@code seedInline.mustache} for {@link Frame} (the page's content inline, see
 * {@link InlineTemplates}) or {@code seedModel.mustache} and {@code textImage.mustache} for
 * {@link SeedModel} (content from the model). Bytes: the generated renderer's pre-encoded
 * {@code write(model, EncodedOutput)} over the sink (JStachio's fastest documented mode); characters:
 * {@code execute(model, StringBuilder)}.
 */
final class JStachioImplementation<T> implements Implementation {
  private final String name;
  private final Template.EncodedTemplate<T> renderer;
  private final T model;
  private final SinkOutput output = new SinkOutput();

  private JStachioImplementation(String name, Template.EncodedTemplate<T> renderer, T model) {
    this.name = name;
    this.renderer = renderer;
    this.model = model;
  }

  static JStachioImplementation<Frame> inline() {
    return new JStachioImplementation<>("jstachio", FrameRenderer.of(), Frame.of(Seed.MODEL));
  }

  /** The dynamic page, {@code basket.mustache} (written by {@link DynamicTemplates}), for the benchmark's basket. */
  static JStachioImplementation<dev.quire.benchmarks.dynamic.Basket> dynamic(dev.quire.benchmarks.dynamic.Basket basket) {
    return new JStachioImplementation<>("jstachio", dev.quire.benchmarks.dynamic.BasketRenderer.of(), basket);
  }

  static JStachioImplementation<SeedModel> model() {
    return new JStachioImplementation<>("jstachio_model", SeedModelRenderer.of(), Seed.MODEL);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void bytes(ByteSink sink) {
    output.sink = sink;
    renderer.write(model, output);
  }

  @Override
  public void chars(StringBuilder out) {
    renderer.execute(model, out);
  }

  /** Bytes go to the sink; text is encoded by JStachio's own defaults ({@code getBytes}). */
  private static final class SinkOutput implements Output.EncodedOutput<RuntimeException> {
    ByteSink sink;

    @Override
    public void write(byte[] bytes) {
      sink.write(bytes);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      sink.write(bytes, offset, length);
    }

    @Override
    public void append(CharSequence text) {
      append(text.toString());
    }

    @Override
    public Charset charset() {
      return StandardCharsets.UTF_8;
    }
  }
}
