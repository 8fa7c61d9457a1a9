// Pastes the README's Maven snippet into this project's pom, as a user following the README would.
def readme = new File(basedir, '../../../../README.md').canonicalFile
assert readme.isFile() : "no README at $readme"
def text = readme.getText('UTF-8')
def section = text.indexOf('### Maven: `passerelle-maven-plugin`')
assert section >= 0 : 'the README has no Maven section'
def start = text.indexOf('```xml\n', section)
def end = text.indexOf('```', start + 7)
assert start > 0 && end > start : 'the Maven section has no xml block'
def snippet = text.substring(start + 7, end)
assert snippet.contains('<artifactId>passerelle-maven-plugin</artifactId>')
assert snippet.contains("<version>${projectVersion}</version>") : "the README names another version than ${projectVersion}"
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README SNIPPET -->', snippet), 'UTF-8')
return true
