package dev.quire.spring.site;

import dev.quire.dsl.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Controllers returning pages (one bound to a model, one generated page with {@code @ResponseBody}), and
 * one that maps a page's address, which stays the controller's.
 */
@Controller
public class GreetingController {
  @GetMapping("/hello")
  public Page hello(@RequestParam(name = "name", defaultValue = "you") String name) {
    return GreetingPage.page(new Greeting(name));
  }

  @GetMapping("/shadowed")
  @ResponseBody
  public String shadowed() {
    return "the controller's";
  }

  @GetMapping("/about-us")
  @ResponseBody
  public Page aboutUs() {
    return AboutPage.page();
  }
}
