package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Equal columns of link buttons, each under an icon, a title and a subtitle. With
 * {@code id("events")} the buttons take the original site's alternative colour scheme.
 */
public final class RowButtonGrid implements Module {
  private final String id;
  private final List<ButtonColumn> columns;

  private RowButtonGrid(Builder builder) {
    this.id = builder.id;
    this.columns = List.copyOf(builder.columns);
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
    return "RowButtonGrid";
  }

  /**
   * Writes equal columns (stacked on small screens), each an icon header over its buttons.
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    html.open("div", "id", id, "class", "row-button-grid").open("div", "class", "row");
    for (ButtonColumn column : columns) {
      html.open("div", "class", html.columnClass());
      Parts.header(html, column.icon(), column.title(), column.subtitle(), "text-center text-primary col-title mb-3");
      for (Button button : column.buttons()) {
        button(html, button);
      }
      html.close();
    }
    html.close().close();
  }

  private static void button(Html html, Button button) {
    boolean deactive = button.status().isPresent() && button.status().get() == ButtonStatus.DEACTIVE;
    String classes = "btn btn-block button" + (button.status().isPresent() ? " " + button.status().get().cssClass() : "");
    // A button with a URL is a link (it goes somewhere); a deactive one is a link that is switched off,
    // with nowhere to go and saying so (role="link" aria-disabled="true", the way WAI-ARIA writes a
    // disabled link).
    Optional<String> url = deactive ? Optional.empty() : button.url();
    html.open("a", Parts.link(new String[] {"role", deactive ? "link" : null, "aria-disabled", deactive ? "true" : null},
            url, url.isPresent() ? button.target() : Optional.empty(), "class", classes))
        .open("p", "class", "button-title").text(button.title()).close()
        .open("p", "class", "button-subtitle").text(button.subtitle().orElse("")).close()
        .close();
  }

  /**
   * The wrapper's {@code id}; {@code events} selects the alternative colours.
   *
   * @return the wrapper's {@code id}; {@code events} selects the alternative colours
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The columns.
   *
   * @return the columns
   */
  public List<ButtonColumn> columns() {
    return columns;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowButtonGrid that && Objects.equals(id, that.id) && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, columns);
  }

  @Override
  public String toString() {
    return "RowButtonGrid[id=" + id + ", columns=" + columns.size() + "]";
  }

  /** Builds a {@link RowButtonGrid}. */
  public static final class Builder {
    private String id;
    private final List<ButtonColumn> columns = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Adds the next column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder column(ButtonColumn column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }
    /**
     * Checks the rules and builds the module.
     *
     * @return the module
     * @throws LayoutException when a rule is broken
     */
    public RowButtonGrid build() {
      List<Problem> problems = new ArrayList<>();
      if (id != null) {
        Checks.add(Rules.htmlId("RowButtonGrid id", id), problems);
      }
      Checks.add(Rules.buttonColumns(columns.size()), problems);
      for (ButtonColumn column : columns) {
        for (Button button : column.buttons()) {
          if (button.url().isPresent()) {
            Checks.url("RowButtonGrid", "button url", button.url().get(), UrlPolicy.Use.LINK, problems);
          }
          if (button.target().isPresent()) {
            Checks.add(Rules.target("RowButtonGrid button target", button.target().get()), problems);
          }
        }
      }
      LayoutException.throwIfAny(problems);
      return new RowButtonGrid(this);
    }
  }
}
