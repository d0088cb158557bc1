// The generated BasketPage holds the code the README shows for the page with data: each of the README's
// blocks (the bindings, page(model), read) line for line.
def readme = new File(basedir, '../../../../README.md').text
def start = readme.indexOf('and the generated `BasketPage` keeps a template page')
def code = readme.substring(readme.indexOf('```java', start) + 8, readme.indexOf('```', readme.indexOf('```java', start) + 8))
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/site/BasketPage.java').text
def lines = generated.readLines()*.strip()
for (block in code.split('\n\n')) {
  def expected = block.readLines()*.strip()
  assert java.util.Collections.indexOfSubList(lines, expected) >= 0 : "BasketPage.java lacks the README's code:\n" + block
}
return true
