package dev.quire.runtime;

import dev.quire.dsl.Breakpoint;
import java.util.Optional;

/**
 * What a page's fragment depends on besides the page: the renderer's options that change the HTML
 * of its modules. A value: renderers with equal layouts share the fragment plans they leave on pages.
 *
 * @param stackBelow the breakpoint below which columns stack
 * @param entryImage the image of news cards and entry headers whose entry has none (no image when empty)
 */
record Layout(Breakpoint stackBelow, Optional<String> entryImage) {}
