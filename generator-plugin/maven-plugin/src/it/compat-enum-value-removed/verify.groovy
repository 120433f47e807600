// SPDX-License-Identifier: Apache-2.0
import groovy.json.JsonSlurper

def r = new JsonSlurper().parse(new File(basedir, 'target/schema-codegen/compatibility-report.json'))
assert !r.passed
def removed = r.differences.find { it.direction == 'BACKWARD-INCOMPATIBLE' && it.pointer == '/properties/action/enum' }
assert removed != null : r.differences
assert removed.reason.contains('"update"')
assert removed.breaksBuild

String log = new File(basedir, 'build.log').text
assert log.contains('BACKWARD-INCOMPATIBLE presence.json#/properties/action/enum')
assert log.contains('FAILED: 1 break BACKWARD compatibility')
return true
