package dev.quire.languageserver;

import dev.quire.processor.internal.model.ModelTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a page's {@code {{placeholders}}} can name, read from its {@code model:} type while javac's round
 * is open (the types are gone after it): each accessor with its type's name and, for a type reached
 * through it, its own accessors, a few levels deep; an {@code Optional}'s or a list's element stands
 * for it (a section or {@code each:} over a list names the element's accessors).
 *
 * @param display the type as messages name it ({@code List<Line>})
 * @param members the accessors by name, each a tree of its own
 * @param element the element of an {@code Optional}, list or array, which a section's or {@code each:}'s
 *     placeholders are about
 * @param javaClass the class that declares its accessors, for go to definition
 */
record ModelTree(String display, Map<String, ModelTree> members, Optional<ModelTree> element,
    Optional<ModelTypes.JavaClass> javaClass) {
  /** How deep accessors are followed: {@code {{customer.address.city}}} and a little more. */
  static final int DEPTH = 4;
  /** Accessors kept in all, so that a type graph of many types costs little. */
  static final int MAX_NODES = 2_000;

  static ModelTree of(ModelTypes.ModelType type) {
    return of(type, DEPTH, new int[] {0});
  }

  private static ModelTree of(ModelTypes.ModelType type, int depth, int[] nodes) {
    Map<String, ModelTree> members = new LinkedHashMap<>();
    Optional<ModelTree> element = Optional.empty();
    if (depth > 0 && nodes[0] < MAX_NODES) {
      if (type.element().isPresent()) {
        element = Optional.of(of(type.element().get(), depth - 1, nodes));
      }
      for (String name : type.memberNames()) {
        if (++nodes[0] > MAX_NODES) {
          break;
        }
        Optional<ModelTypes.Member> member = type.member(name);
        if (member.isPresent()) {
          members.put(name, of(member.get().type(), depth - 1, nodes));
        }
      }
    }
    return new ModelTree(type.display(), members, element, type.javaClass());
  }

  /** The tree at the end of {@code path} ({@code customer.address}; empty: this one). */
  Optional<ModelTree> at(String path) {
    ModelTree tree = this;
    if (path.isEmpty() || path.equals(".")) {
      return Optional.of(tree);
    }
    for (String name : path.split("\\.")) {
      if (name.isEmpty()) {
        continue;
      }
      ModelTree next = tree.members.get(name);
      if (next == null) {
        return Optional.empty();
      }
      tree = next;
    }
    return Optional.of(tree);
  }

  /** The tree whose accessor the last segment of {@code path} is ({@code customer} for {@code customer.name}). */
  Optional<ModelTree> owner(String path) {
    int dot = path.lastIndexOf('.');
    return at(dot < 0 ? "" : path.substring(0, dot));
  }

  /** What a section or {@code each:} over this value gives its placeholders: its element, or itself. */
  ModelTree inside() {
    return element.orElse(this);
  }
}
