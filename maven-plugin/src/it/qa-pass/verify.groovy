import groovy.json.JsonSlurper

def reports = new File(basedir, 'target/passerelle')
['qa-report.json', 'qa-report.sarif', 'qa-report.xml', 'qa-report.html'].each {
    assert new File(reports, it).isFile() : "missing report $it"
}
def json = new JsonSlurper().parse(new File(reports, 'qa-report.json'))
assert json.summary.files == 2
assert json.summary.units == 6
assert json.summary.errors == 0 : "unexpected errors: ${json.findings}"
assert json.findings.every { it.severity != 'error' }

def sarif = new JsonSlurper().parse(new File(reports, 'qa-report.sarif'))
assert sarif.version == '2.1.0'

// prepare: XLIFF for both targets from the French article
assert new File(basedir, 'target/prepared/vn-russie.en-GB.xlf').isFile()
assert new File(basedir, 'target/prepared/vn-russie.vi.xlf').isFile()

// publish: the articles, per language
def en = new File(basedir, 'target/articles/en/vn-russie.html')
assert en.isFile()
assert en.getText('UTF-8').contains('Comprehensive Strategic Partnership')
assert new File(basedir, 'target/articles/vi/vn-russie.html').getText('UTF-8').contains('Biển Đông')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[ERROR]')
// publish (first build) checks with LanguageTool and fills the cache; qa in the same build and qa in
// the second build (nothing changed) reuse every file's findings and never start LanguageTool
assert log.count('[INFO] QA cache target/passerelle/lt-cache.json: findings reused for 0 of 2 files; LanguageTool checked ') == 1
assert log.count('[INFO] QA cache target/passerelle/lt-cache.json: findings reused for 2 of 2 files; LanguageTool not started') == 2
assert log.count('Passerelle QA: no findings in 2 files; see target/passerelle/qa-report.html') == 2
assert new File(reports, 'lt-cache.json').isFile()
return true
