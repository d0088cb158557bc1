package com.example.site;

import dev.quire.dsl.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class HelloController {
  @GetMapping("/hello")
  public Page hello(@RequestParam String name) {
    return HelloPage.page(new Hello(name));
  }
}
