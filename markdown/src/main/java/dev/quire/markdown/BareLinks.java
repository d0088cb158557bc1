package dev.quire.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * GFM's bare-URL autolinks, as flexmark's autolink extension makes them, asked only of the text that
 * could hold one. Registered as flexmark's extension, its processor runs over every text node of
 * every document and makes flexmark classify the whole tree for post-processing first, which cost a
 * text with no bare link a fifth more time to render (issue 23's benchmark). Here the parsed document
 * is walked once and flexmark's processor is handed only the text that could be a link: a URL needs
 * {@code ://} and so a colon, a {@code www.} link the letters {@code www}, an e-mail address an
 * {@code @}; a backslash escape or an entity ({@code &#64;}) can make one of those, so a text with one,
 * or followed by an entity or typographic node it is read with, goes to it as before.
 */
final class BareLinks {
  /** Flexmark's processor tells a tracker of the nodes it adds; nothing after it needs them. */
  private static final NodeTracker UNTRACKED = new NodeTracker() {
    @Override
    public void nodeAdded(Node node) {}

    @Override
    public void nodeAddedWithChildren(Node node) {}

    @Override
    public void nodeAddedWithDescendants(Node node) {}

    @Override
    public void nodeRemoved(Node node) {}

    @Override
    public void nodeRemovedWithChildren(Node node) {}

    @Override
    public void nodeRemovedWithDescendants(Node node) {}
  };

  private BareLinks() {}

  /** Turns the bare links of {@code document} into links, as GFM does. */
  static void link(Document document) {
    List<Node> candidates = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Text && mayLink(node)) {
        candidates.add(node);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    AutolinkNodePostProcessor links = new AutolinkNodePostProcessor(document);
    for (Node text : candidates) {
      if (text.getParent() != null) {
        links.process(UNTRACKED, text);
      }
    }
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
}
