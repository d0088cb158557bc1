// Builds the README's Maven setup again and again without clean, editing content files in between, with
// the Maven running this build, on the repository the first build filled and this build's own (as
// invoker does: examples/src/it/settings.xml).
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settings = new File(basedir, 'target/rebuild-settings.xml')
def repository = new File(buildRepository).toURI().toString()
settings.text = new File(basedir, '../../../src/it/settings.xml').text.replace('@localRepositoryUrl@', repository)
def build = { ->
  def process = new ProcessBuilder(mvn, '-B', '-s', settings.path, '-Dmaven.repo.local=' + localRepositoryPath, 'compile')
      .directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  process.waitFor()
  [process.exitValue(), output]
}
def pages = new File(basedir, 'src/main/resources/pages')
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/site')
def classes = new File(basedir, 'target/classes/com/example/site')

def (status, output) = build()
assert status == 0 && output.contains('Quire: content unchanged') && output.contains('Nothing to compile') : output

new File(pages, 'about.md').text = '---\ntitle: About us\n---\nHello again\n'
(status, output) = build()
assert status == 0 && output.contains('Compiling') : output
assert new File(generated, 'AboutPage.java').text.contains('About us') : 'the changed page is generated again'

new File(pages, 'team.md').text = '---\ntitle: Team\n---\nWe\n'
(status, output) = build()
assert status == 0 && new File(classes, 'TeamPage.class').exists() : output
assert new File(generated, 'PageIndex.java').text.contains('"team"') : 'the index lists the added page'

new File(pages, 'team.md').text = '---\nmodules:\n  - name: RowTxt\n---\n'
(status, output) = build()
assert status != 0 : 'a newly broken file fails the build:\n' + output
assert output.contains("src/main/resources/pages/team.md:3:11: [QUIRE-MODULE-001] unknown module 'RowTxt'; did you mean 'RowText'?") : output

new File(pages, 'team.md').delete()
(status, output) = build()
assert status == 0 : output
assert !new File(classes, 'TeamPage.class').exists() && !new File(generated, 'TeamPage.java').exists() : 'no stale class'
assert !new File(generated, 'PageIndex.java').text.contains('"team"') : 'the index forgets the deleted page'

(status, output) = build()
assert status == 0 && output.contains('Nothing to compile') : 'a build with nothing changed compiles nothing:\n' + output

// The static folder is an input of the checks too: creating it, and deleting an image a page uses.
def images = new File(basedir, 'src/main/resources/static/images')
images.mkdirs()
new File(pages, 'about.md').text = '---\ntitle: About us\nmodules:\n  - name: RowImage\n    image: /images/team.png\n---\n'
(status, output) = build()
assert status != 0 : 'the image is not in the static folder just created:\n' + output
assert output.contains('src/main/resources/pages/about.md:5:12: [QUIRE-STATIC-001]') : output
new File(images, 'team.png').bytes = [1, 2, 3] as byte[]
(status, output) = build()
assert status == 0 : 'the image is there now:\n' + output
new File(images, 'team.png').delete()
(status, output) = build()
assert status != 0 && output.contains('src/main/resources/pages/about.md:5:12: [QUIRE-STATIC-001]') :
    'deleting an image a page uses fails the next build without clean:\n' + output
return true
