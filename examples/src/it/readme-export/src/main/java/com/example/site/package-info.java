@Pages("pages")
package com.example.site;

import dev.quire.dsl.Pages;
