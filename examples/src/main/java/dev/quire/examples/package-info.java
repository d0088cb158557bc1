/**
 * The example site: every file in {@code src/main/resources/pages} becomes a page class here
 * ({@code ipso.md} → {@link dev.quire.examples.IpsoPage}), listed by {@link dev.quire.examples.PageIndex}.
 */
@Pages("pages")
package dev.quire.examples;

import dev.quire.dsl.Pages;
