// The export goal wrote the whole site under target/site, as the README says.
def site = new File(basedir, 'target/site')
['index.html', 'about/index.html', 'news/index.html', 'news/tag/workshop/index.html', '404.html',
 'news/2024-10-02-release/index.html', 'images/team.jpg', 'sitemap.xml', 'robots.txt', 'news/feed.xml'].each {
  assert new File(site, it).isFile() : 'not written: ' + it
}
def about = new File(site, 'about/index.html').getText('UTF-8')
assert about.contains('<title>About us – Example</title>') : 'the application\'s renderer'
assert about.contains('<link rel="canonical" href="https://www.example.org/about">') : 'the base URL'
def sitemap = new File(site, 'sitemap.xml').getText('UTF-8')
assert sitemap.contains('<url><loc>https://www.example.org/news/2024-10-02-release</loc><lastmod>2024-10-02</lastmod></url>')
assert new File(site, 'robots.txt').text.contains('Sitemap: https://www.example.org/sitemap.xml')
def feed = new File(site, 'news/feed.xml').getText('UTF-8')
assert feed.contains('<title>Example: News</title>') && feed.contains('<id>https://www.example.org/news/2024-10-02-release</id>')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Quire: Wrote ') : 'the goal says what it wrote'
// quire:language-server wrote the compile class path where the language server looks for it
def classPath = new File(basedir, 'target/quire/classpath.txt').getText('UTF-8').trim().split(File.pathSeparator) as List
assert classPath.contains(new File(basedir, 'target/classes').absolutePath) : 'the classes: ' + classPath
assert classPath.any { it.contains('quire-dsl') } : 'the dependencies: ' + classPath
assert log.contains('java -jar quire-language-server.jar --classpath ') : 'the command line'
return true
