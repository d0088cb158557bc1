package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RowTextImage} and {@link RowImageText} share: Markdown and an image side by side,
 * {@code cols} columns (1–11) for one of them, the rest for the other.
 */
public abstract sealed class TextImageRow implements Module permits RowTextImage, RowImageText {
  /** {@code cols} when a content file leaves it out. */
  public static final int DEFAULT_COLS = 6;

  private final int cols;
  private final String image;
  private final String title;
  private final String status;
  private final Markdown text;

  /**
   * Writes the row: the two columns in the module's order (text first for RowTextImage, image first
   * for RowImageText), {@code cols} twelfths for the first, the rest for the second.
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    boolean imageFirst = this instanceof RowImageText;
    html.open("div", "class", imageFirst ? "row-image-text" : "row-text-image")
        .open("div", "class", Parts.classes("row", status()));
    if (imageFirst) {
      html.open("div", "class", "image-col " + html.columnClass(cols));
      Parts.image(html, image(), title());
      html.close().open("div", "class", "text-col " + html.columnClass());
      Parts.text(html, text);
      html.close();
    } else {
      html.open("div", "class", "text-col " + html.columnClass(cols));
      Parts.text(html, text);
      html.close().open("div", "class", "image-col " + html.columnClass());
      Parts.image(html, image(), title());
      html.close();
    }
    html.close().close();
  }

  TextImageRow(Builder<?, ?> builder) {
    this.cols = builder.cols;
    this.image = builder.image;
    this.title = builder.title;
    this.status = Checks.classes(builder.status);
    this.text = builder.text;
  }

  /**
   * The width (of 12) of the column this module names first: text for RowTextImage, image for RowImageText.
   *
   * @return the width (of 12) of the column this module names first
   */
  public int cols() {
    return cols;
  }

  /**
   * The image URL.
   *
   * @return the image URL
   */
  public Optional<String> image() {
    return Optional.ofNullable(image);
  }

  /**
   * The image's alternative text.
   *
   * @return the image's alternative text
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Extra CSS classes for the row.
   *
   * @return extra CSS classes for the row
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * The text.
   *
   * @return the text
   */
  public Markdown text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextImageRow that && getClass() == that.getClass() && cols == that.cols
        && Objects.equals(image, that.image) && Objects.equals(title, that.title)
        && Objects.equals(status, that.status) && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name(), cols, image, title, status, text);
  }

  @Override
  public String toString() {
    return name() + "[cols=" + cols + ", image=" + image + ", title=" + title + ", status=" + status
        + ", text=" + text + "]";
  }

  /** The builder both modules share. */
  public abstract static class Builder<T extends TextImageRow, B extends Builder<T, B>> {
    private int cols = DEFAULT_COLS;
    private String image;
    private String title;
    private String status;
    private Markdown text = Markdown.empty();

    Builder() {}

    abstract B self();

    abstract String moduleName();

    abstract T create();

    /**
     * Sets the cols.
     *
     * @param cols the width in columns, of 12
     * @return this builder
     */
    public B cols(int cols) {
      this.cols = cols;
      return self();
    }

    /**
     * Sets the image.
     *
     * @param image the image
     * @return this builder
     */
    public B image(String image) {
      this.image = Objects.requireNonNull(image, "image");
      return self();
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public B title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return self();
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public B status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return self();
    }

    /**
     * Sets the text.
     *
     * @param text the text
     * @return this builder
     */
    public B text(Markdown text) {
      this.text = Objects.requireNonNull(text, "text");
      return self();
    }

    /**
     * Sets the text.
     *
     * @param markdown the Markdown source
     * @return this builder
     */
    public B text(String markdown) {
      return text(Markdown.of(markdown));
    }
    /**
     * Checks the rules and builds the module.
     *
     * @return the module
     * @throws LayoutException when a rule is broken
     */
    public T build() {
      List<Problem> problems = new ArrayList<>();
      String module = moduleName();
      Checks.add(Rules.cols(module, cols), problems);
      if (image != null) {
        Checks.url(module, "image", image, UrlPolicy.Use.IMAGE, problems);
      }
      if (status != null) {
        Checks.add(Rules.classes(module + " status", status), problems);
      }
      text.check(module, "text", problems);
      LayoutException.throwIfAny(problems);
      return create();
    }
  }
}
