package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A full-width block of Markdown. */
public final class RowText implements Module {
  private final Markdown text;
  private final String status;

  private RowText(Builder builder) {
    this.text = builder.text;
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

  /**
   * A row with just this text.
   *
   * @param text the text
   * @return a row with just this text
   */
  public static RowText of(Markdown text) {
    return builder().text(text).build();
  }

  @Override
  public String name() {
    return "RowText";
  }

  @Override
  public void render(Html html) {
    html.open("div", "class", "row-text").open("div", "class", Parts.classes("row", status()))
        .open("div", "class", "text-col col");
    Parts.text(html, text);
    html.close().close().close();
  }

  /**
   * The text.
   *
   * @return the text
   */
  public Markdown text() {
    return text;
  }

  /**
   * Extra CSS classes for the row, for example {@code second}.
   *
   * @return extra CSS classes for the row, for example {@code second}
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowText that && text.equals(that.text) && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, status);
  }

  @Override
  public String toString() {
    return "RowText[status=" + status + ", text=" + text + "]";
  }

  /** Builds a {@link RowText}. */
  public static final class Builder {
    private Markdown text = Markdown.empty();
    private String status;

    private Builder() {}

    /**
     * Sets the text.
     *
     * @param text the text
     * @return this builder
     */
    public Builder text(Markdown text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the text.
     *
     * @param markdown the Markdown source
     * @return this builder
     */
    public Builder text(String markdown) {
      return text(Markdown.of(markdown));
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
    public RowText build() {
      List<Problem> problems = new ArrayList<>();
      if (status != null) {
        Checks.add(Rules.classes("RowText status", status), problems);
      }
      text.check("RowText", "text", problems);
      LayoutException.throwIfAny(problems);
      return new RowText(this);
    }
  }
}
