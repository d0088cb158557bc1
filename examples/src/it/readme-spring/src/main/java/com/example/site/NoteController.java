package com.example.site;

import dev.quire.dsl.Page;
import dev.quire.dsl.RowText;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page built in Java with Markdown, which needs the Markdown engine at run time: the starter brings it. */
@Controller
public class NoteController {
  @GetMapping("/note")
  public Page note() {
    return Page.builder().title("Note").module(RowText.builder().text("# Hello\n\nWritten *in Java*.").build()).build();
  }
}
