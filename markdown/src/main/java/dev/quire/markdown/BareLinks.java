package dev.quire.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * GFM's bare-URL autolinks, as flexmark's autolink extension makes them, asked only of the text that
 * could hold one. Flexmark's extension runs its link extractor over every text node of a document,
 * which cost a text with no bare link a fifth more time to render (issue 23's benchmark). A URL needs
 * {@code ://} and so a colon, a {@code www.} link the letters {@code www}, an e-mail address an
 * {@code @}; a backslash escape or an entity ({@code &#64;}) can make one of those, so a text with one,
 * or followed by an entity or typographic node it is read with, goes to the extension as before.
 */
final class BareLinks implements Parser.ParserExtension {
  private BareLinks() {}

  static BareLinks create() {
    return new BareLinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /** Whether {@code text} could be or hold a bare link. */
  static boolean mayLink(Node text) {
    Node next = text.getNext();
    if (next instanceof HtmlEntity || next instanceof TypographicText) {
      return true;
    }
    BasedSequence chars = text.getChars();
    int w = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c == ':' || c == '@' || c == '\\' || c == '&') {
        return true;
      }
      w = c == 'w' || c == 'W' ? w + 1 : 0;
      if (w == 3) {
        return true;
      }
    }
    return false;
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      return new Gate(document);
    }
  }

  /** Hands flexmark's processor, made when first needed, only the text that could link. */
  private static final class Gate extends NodePostProcessor {
    private final Document document;
    private AutolinkNodePostProcessor links;

    Gate(Document document) {
      this.document = document;
    }

    @Override
    public void process(NodeTracker state, Node node) {
      if (!mayLink(node)) {
        return;
      }
      if (links == null) {
        links = new AutolinkNodePostProcessor(document);
      }
      links.process(state, node);
    }
  }
}
