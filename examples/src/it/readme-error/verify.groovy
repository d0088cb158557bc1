// The build failed (invoker.buildResult = failure); it failed with the README's message, line for line:
// quire-maven-plugin's check, before Java compiles, prints javac's diagnostic.
def log = new File(basedir, 'build.log').text
def expected = new File(basedir, 'expected.log').readLines()
expected.each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert !log.contains('Compiling') : "the content check stops the build before javac runs"
return true
