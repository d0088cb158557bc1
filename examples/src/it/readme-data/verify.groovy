// The generated BasketPage holds the code the README shows for the page with data, line for line.
def readme = new File(basedir, '../../../../README.md').text
def start = readme.indexOf('and the generated `BasketPage` binds each placeholder')
def code = readme.substring(readme.indexOf('```java', start) + 8, readme.indexOf('```', readme.indexOf('```java', start) + 8))
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/site/BasketPage.java').text
def lines = generated.readLines()*.strip()
def expected = code.readLines()*.strip()
assert java.util.Collections.indexOfSubList(lines, expected) >= 0 : "BasketPage.java lacks the README's code:\n" + code
return true
