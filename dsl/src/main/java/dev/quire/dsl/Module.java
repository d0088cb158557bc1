package dev.quire.dsl;

/**
 * One layout module of a page: a row of the 12-column grid. The set is closed; each module is an
 * immutable value made with its builder, whose {@code build()} checks the module's rules.
 */
public sealed interface Module permits RowText, TextImageRow, RowImage, RowSeparator, RowMultiColumns, RowButtonGrid,
    RowDynamicTable, RowNewsCards, RowNewsList, RowDocumentHeader, RowTags {
  /**
   * The module's name as content files write it, for example {@code RowText}.
   *
   * @return the module's name as content files write it, for example {@code RowText}
   */
  String name();
}
