// SPDX-License-Identifier: Apache-2.0
import groovy.json.JsonSlurper

def report = { name -> new JsonSlurper().parse(new File(basedir, "target/${name}.json")) }
def pointer = '/$defs/location/properties/country'

['full', 'forward'].each { name ->
    def r = report(name)
    assert !r.passed : "${name} should fail"
    def forward = r.differences.find { it.direction == 'FORWARD-INCOMPATIBLE' && it.pointer == pointer }
    assert forward != null : "no FORWARD-INCOMPATIBLE difference at ${pointer} in ${name}: ${r.differences}"
    assert forward.breaksBuild
    assert forward.reason.contains('closed object')
}
def backward = report('backward')
assert backward.passed
assert backward.compatibility == 'BACKWARD'
assert backward.differences.every { it.direction != 'BACKWARD-INCOMPATIBLE' }
assert backward.differences.any { it.direction == 'FORWARD-INCOMPATIBLE' && !it.breaksBuild }

String log = new File(basedir, 'build.log').text
assert log.contains("FORWARD-INCOMPATIBLE presence.json#${pointer}")
assert log.contains('Schema compatibility BACKWARD against directory')
return true
