// The generated WelcomePage holds the code the README shows for the own module, line for line.
def readme = new File(basedir, '../../../../README.md').text
def start = readme.indexOf('and the generated `WelcomePage` builds the module')
def code = readme.substring(readme.indexOf('```java', start) + 8, readme.indexOf('```', readme.indexOf('```java', start) + 8))
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/site/WelcomePage.java').text
def lines = generated.readLines()*.strip()
def expected = code.readLines()*.strip()
assert java.util.Collections.indexOfSubList(lines, expected) >= 0 : "WelcomePage.java lacks the README's code:\n" + code
return true
