// SPDX-License-Identifier: Apache-2.0
import groovy.json.JsonSlurper

def r = new JsonSlurper().parse(new File(basedir, 'target/schema-codegen/compatibility-report.json'))
assert r.passed
assert r.compatibility == 'FULL'
assert r.schemas == 1
assert r.differences.isEmpty()
String log = new File(basedir, 'build.log').text
assert log.contains('1 schema, 0 differences')
assert log.contains('compatibility "SIDEWAYS" is not a compatibility mode; use one of [BACKWARD, FORWARD, FULL, NONE]')
return true
