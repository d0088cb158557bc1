/**
 * The example site: every file in {@code src/main/resources/pages} becomes a page class here
 * ({@code ipso.md} → {@link dev.quire.examples.IpsoPage}), listed by {@link dev.quire.examples.PageIndex};
 * {@link dev.quire.examples.Callout} is the site's own module.
 */
@Pages(value = "pages", modules = {Callout.class})
package dev.quire.examples;

import dev.quire.dsl.Pages;
