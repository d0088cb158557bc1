/**
 * The benchmarks' dynamic page: {@code pages/basket.md}, the seed page bound to a {@link
 * dev.quire.benchmarks.dynamic.Basket} (the customer's name, offers through {@code each:}, a 20-line
 * basket through a section), compiled by Quire into {@code BasketPage}.
 */
@Pages("pages")
package dev.quire.benchmarks.dynamic;

import dev.quire.dsl.Pages;
