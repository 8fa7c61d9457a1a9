import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def en = 'src/main/xliff/mer-orientale.en.xlf'
// each finding in the Maven log format, at the level of its severity
assert log =~ /\[ERROR\] \Q${en}\E:title-1: term\.forbidden: .*South China Sea/
assert log =~ /\[ERROR\] \Q${en}\E:body-2: number\.mismatch: .*2002/
// the build fails with the summary and points to the report
assert log =~ /Passerelle QA: 2 errors \(number\.mismatch 1, term\.forbidden 1\), \d+ warnings? in 1 of 2 files; see target\/passerelle\/qa-report\.html/
assert log.contains('BUILD FAILURE')
// second build, -Dpasserelle.failOnViolation=false: the same findings, and a build that passes
assert log.count('term.forbidden: ') == 2
assert log =~ /\[INFO\] Passerelle QA: 2 errors \(.*\), .* in 1 of 2 files; see/
assert log.contains('BUILD SUCCESS')
// the Vietnamese translation is clean
assert !(log =~ /\[(ERROR|WARNING)\] src\/main\/xliff\/mer-orientale\.vi\.xlf/)

def json = new JsonSlurper().parse(new File(basedir, 'target/passerelle/qa-report.json'))
assert json.summary.errors == 2
assert json.findings.findAll { it.severity == 'error' }*.check.sort() == ['number.mismatch', 'term.forbidden']
assert new File(basedir, 'target/passerelle/qa-report.sarif').isFile()
// the reports are those of the second build, which did not fail: neither does its JUnit report
def junit = new File(basedir, 'target/passerelle/qa-report.xml').getText('UTF-8')
assert !junit.contains('<failure')
assert junit.contains('term.forbidden')
return true
