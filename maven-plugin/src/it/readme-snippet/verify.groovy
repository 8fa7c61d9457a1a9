import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Passerelle QA: ')
def reports = new File(basedir, 'target/passerelle')
['qa-report.json', 'qa-report.sarif', 'qa-report.xml', 'qa-report.html'].each {
    assert new File(reports, it).isFile() : "missing report $it"
}
def json = new JsonSlurper().parse(new File(reports, 'qa-report.json'))
assert json.summary.files == 2
assert json.summary.errors == 0 : "unexpected errors: ${json.findings}"
return true
