import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /Passerelle QA: .*\(1 suppressed\)/
assert !log.contains('[ERROR]')

def json = new JsonSlurper().parse(new File(basedir, 'target/passerelle/qa-report.json'))
assert json.summary.errors == 0
assert json.summary.suppressed == 1
def suppressed = json.findings.findAll { it.suppressed }
assert suppressed.size() == 1
assert suppressed[0].unit == 'body-2'
assert suppressed[0].check == 'number.mismatch'
assert suppressed[0].suppressed.contains('the English desk avoids counts that age')

def text = new File(basedir, 'target/passerelle/qa-report.txt').getText('UTF-8')
assert text =~ /anniversaire\.en\.xlf:body-2: suppressed: number\.mismatch: .*\(.*English desk.*\)/
assert new File(basedir, 'target/passerelle/qa-report.html').getText('UTF-8').contains('the English desk avoids counts that age')
return true
