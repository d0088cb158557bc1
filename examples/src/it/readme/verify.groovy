// An application that depends on quire-runtime alone runs on Quire's own jars: no third-party jar.
def listed = new File(basedir, 'dependencies.txt').readLines()*.strip().findAll { it ==~ /[\w.-]+:[\w.-]+:.*/ }
assert !listed.isEmpty() : 'dependency:list wrote nothing'
def others = listed.findAll { !it.startsWith('dev.quire:') }
assert others.isEmpty() : 'third-party jars at run time: ' + others
return true
