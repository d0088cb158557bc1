// The build failed (invoker.buildResult = failure); it failed with the README's message, line for line.
def log = new File(basedir, 'build.log').text
def expected = new File(basedir, 'expected.log').readLines()
def first = expected[0].replace('[ERROR] .../package-info.java:[1,1] ', '')
assert log =~ /\[ERROR\] \S*package-info\.java:\[1,1\] / + java.util.regex.Pattern.quote(first)
expected.drop(1).each { line -> assert log.contains(line) : "build.log lacks: " + line }
return true
