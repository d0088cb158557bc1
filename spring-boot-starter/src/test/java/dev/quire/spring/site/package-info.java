/** A Spring Boot application with Quire pages, as the README's Spring Boot section builds one. */
@Pages("pages")
package dev.quire.spring.site;

import dev.quire.dsl.Pages;
