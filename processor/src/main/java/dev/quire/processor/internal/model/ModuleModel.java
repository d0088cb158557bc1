package dev.quire.processor.internal.model;

import dev.quire.dsl.Size;
import java.util.List;
import java.util.Optional;

/** One validated module; absent properties stay empty so the generated code only states what the file states. */
public sealed interface ModuleModel {
  /** RowText. */
  record RowText(PageModel.Text text, Optional<String> status) implements ModuleModel {}

  /** RowTextImage ({@code imageFirst} false) or RowImageText ({@code imageFirst} true). */
  record TextImage(boolean imageFirst, Optional<Integer> cols, Optional<String> image, Optional<String> title,
      Optional<String> status, PageModel.Text text) implements ModuleModel {
    public String name() {
      return imageFirst ? "RowImageText" : "RowTextImage";
    }
  }

  /** RowImage. */
  record RowImage(String image, Optional<String> title, Optional<String> status) implements ModuleModel {}

  /** RowSeparator. */
  record RowSeparator(Size size) implements ModuleModel {}

  /** RowMultiColumns. */
  record RowMultiColumns(List<Integer> widths, Optional<Integer> cols, List<ModuleModel> modules)
      implements ModuleModel {
    public RowMultiColumns {
      widths = List.copyOf(widths);
      modules = List.copyOf(modules);
    }
  }
}
