package dev.quire.dsl;

/** An image on the left, Markdown on the right. {@code cols} is the image column's width. */
public final class RowImageText extends TextImageRow {
  private RowImageText(Builder builder) {
    super(builder);
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
    return "RowImageText";
  }

  /** Builds a {@link RowImageText}. */
  public static final class Builder extends TextImageRow.Builder<RowImageText, Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    @Override
    String moduleName() {
      return "RowImageText";
    }

    @Override
    RowImageText create() {
      return new RowImageText(this);
    }
  }
}
