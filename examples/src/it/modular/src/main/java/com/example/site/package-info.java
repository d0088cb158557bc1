/** The site's pages. */
@Pages(value = "pages", modules = {Hero.class})
package com.example.site;

import dev.quire.dsl.Pages;
