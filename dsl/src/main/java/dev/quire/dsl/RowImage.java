package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One image across the page. {@code status} classes go on the outer wrapper, as on the original site. */
public final class RowImage implements Module {
  private final String image;
  private final String title;
  private final String status;

  private RowImage(Builder builder) {
    this.image = builder.image;
    this.title = builder.title;
    this.status = Checks.classes(builder.status);
  }

  /**
   * A builder with nothing set yet.
   *
   * @return a builder with nothing set yet
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "RowImage";
  }

  @Override
  public void render(Html html) {
    html.open("div", "class", Parts.classes("row-image", status())).open("div", "class", "row").open("div", "class", "col");
    Parts.image(html, Optional.of(image), title());
    html.close().close().close();
  }

  /**
   * The image URL.
   *
   * @return the image URL
   */
  public String image() {
    return image;
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
   * Extra CSS classes for the wrapper, for example {@code border-image} or {@code text-center}.
   *
   * @return extra CSS classes for the wrapper, for example {@code border-image} or {@code text-center}
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowImage that && Objects.equals(image, that.image)
        && Objects.equals(title, that.title) && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image, title, status);
  }

  @Override
  public String toString() {
    return "RowImage[image=" + image + ", title=" + title + ", status=" + status + "]";
  }

  /** Builds a {@link RowImage}. */
  public static final class Builder {
    private String image;
    private String title;
    private String status;

    private Builder() {}

    /**
     * Sets the image.
     *
     * @param image the image
     * @return this builder
     */
    public Builder image(String image) {
      this.image = Objects.requireNonNull(image, "image");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }
    /**
     * Checks the rules and builds the module.
     *
     * @return the module
     * @throws LayoutException when a rule is broken
     */
    public RowImage build() {
      List<Problem> problems = new ArrayList<>();
      if (image == null) {
        problems.add(dev.quire.dsl.internal.Message.MODULE_IMAGE.with());
      } else {
        Checks.url("RowImage", "image", image, UrlPolicy.Use.IMAGE, problems);
      }
      if (status != null) {
        Checks.add(Rules.classes("RowImage status", status), problems);
      }
      LayoutException.throwIfAny(problems);
      return new RowImage(this);
    }
  }
}
