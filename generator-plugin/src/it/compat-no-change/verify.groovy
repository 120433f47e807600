import groovy.json.JsonSlurper

def r = new JsonSlurper().parse(new File(basedir, 'target/schema-codegen/compatibility-report.json'))
assert r.passed
assert r.compatibility == 'FULL'
assert r.schemas == 1
assert r.differences.isEmpty()
assert new File(basedir, 'build.log').text.contains('0 differences')
return true
