package dev.quire.dsl;

/** Markdown on the left, an image on the right. {@code cols} is the text column's width. */
public final class RowTextImage extends TextImageRow {
  private RowTextImage(Builder builder) {
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
    return "RowTextImage";
  }

  /** Builds a {@link RowTextImage}. */
  public static final class Builder extends TextImageRow.Builder<RowTextImage, Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    @Override
    String moduleName() {
      return "RowTextImage";
    }

    @Override
    RowTextImage create() {
      return new RowTextImage(this);
    }
  }
}
