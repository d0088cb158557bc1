// The running application followed the content file: the built page, the edit, the mistake as the
// build reports it (on the error page), and the fix, all in one run.
def log = new File(basedir, 'build.log').text
assert log.contains('built: true') : log
assert log.contains('edited: true') : 'an edit shows without a build or a restart:\n' + log
assert log.contains('<pre class="alert alert-danger">pages/about.md:6:13: [QUIRE-GRID-001] RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns') : log
assert log.contains('fixed: true') : 'the next good save recovers:\n' + log
return true
