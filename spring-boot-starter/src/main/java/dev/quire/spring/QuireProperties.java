package dev.quire.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The starter's settings, under {@code quire.*} in {@code application.properties}.
 *
 * @param pathPrefix where the pages are served: {@code /docs} puts the {@code index} page at
 *     {@code /docs} and {@code about.md} at {@code /docs/about} (default: the root)
 * @param stylesheet the stylesheet documents link to (default: Bootstrap 4 from its webjar, which the
 *     starter brings and Spring Boot serves at {@code /webjars/**})
 * @param siteName the site's name, after each page's title and in the navigation bar (default: none)
 * @param cacheControl the {@code Cache-Control} header of pages (default {@code no-cache}: browsers
 *     keep a page and ask again with its ETag, which costs a 304)
 * @param baseUrl the site's address with the path prefix ({@code https://example.org/docs}): pages then
 *     get their canonical address and absolute social-card images (default: none)
 * @param favicon the site's icon, linked from every document ({@code /favicon.svg}; default: none)
 * @param themeColor the colour browsers give their interface around the page (default {@code #ffffff})
 */
@ConfigurationProperties("quire")
public record QuireProperties(@DefaultValue("") String pathPrefix, @DefaultValue(BOOTSTRAP) String stylesheet,
    String siteName, @DefaultValue("no-cache") String cacheControl, String baseUrl, String favicon,
    @DefaultValue("#ffffff") String themeColor) {
  /** Bootstrap's CSS in the webjar the starter depends on. */
  public static final String BOOTSTRAP = "/webjars/bootstrap/4.6.2/css/bootstrap.min.css";
}
