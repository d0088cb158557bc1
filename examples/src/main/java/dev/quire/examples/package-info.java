/**
 * The example site: every file in {@code src/main/resources/pages} becomes a page class here
 * ({@code ipso.md} → {@link dev.quire.examples.IpsoPage}), listed by {@link dev.quire.examples.PageIndex};
 * {@link dev.quire.examples.Callout} is the site's own module. {@code /downloads} is served by the
 * application itself ({@link dev.quire.examples.ExampleSite}), which renders {@code downloads.md} with its
 * data: listed in {@code serves}, the links to it pass the build's link check.
 */
@Pages(value = "pages", modules = {Callout.class}, serves = {"/downloads"})
package dev.quire.examples;

import dev.quire.dsl.Pages;
