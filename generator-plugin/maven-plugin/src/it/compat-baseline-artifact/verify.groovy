// SPDX-License-Identifier: Apache-2.0
import groovy.json.JsonSlurper

def r = new JsonSlurper().parse(new File(basedir, 'target/schema-codegen/compatibility-report.json'))
assert r.baseline == 'artifact org.realtimepresence.it:compat-baseline-model:1.0.0'
assert r.passed
assert r.schemas == 1
def pointers = r.differences.findAll { it.direction == 'FORWARD-INCOMPATIBLE' }.collect { it.pointer } as Set
assert pointers == ['/properties/clientId/maxLength', '/properties/action/enum'] as Set : r.differences
assert r.differences.every { it.direction != 'BACKWARD-INCOMPATIBLE' }
return true
