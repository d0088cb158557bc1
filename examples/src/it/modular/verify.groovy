// Runs the application as a module (java -m), on the module path Maven resolved, and checks its page.
def modulePath = new File(basedir, 'target/classes').path + File.pathSeparator + new File(basedir, 'target/module-path.txt').text.trim()
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '--module-path', modulePath, '-m', 'com.example.site/com.example.site.Main'].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
assert process.exitValue() == 0 : "the modular application failed:\n" + err
def html = out.toString()
assert html.contains('<section class="hero"><h2>Modules &amp; pages</h2><p>On the module path</p></section>') : html
assert html.contains('<p>Some <strong>text</strong></p>') : html
assert html.contains('<p>The body.</p>') : html
return true
