// SPDX-License-Identifier: Apache-2.0
// The build generated both types, compiled them, ran the round-trip test and packaged the schemas.
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')

assert log.contains('Generated 2 types from 2 schemas in ')
assert log.contains('Schema visit.json: types express ')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert new File(target, 'generated-sources/schema-codegen/org/example/it/Visit.java').isFile()
assert new File(target, 'generated-sources/schema-codegen/org/example/it/nested/Tag.java').isFile()
assert new File(target, 'classes/org/example/it/Visit$Kind.class').isFile()
assert new File(target, 'classes/org/example/it/nested/tag.json').bytes == new File(basedir, 'src/main/schemas/nested/tag.json').bytes
assert !new File(target, 'classes/org/example/it/NOTES.txt').exists()

def jar = new java.util.jar.JarFile(new File(target, 'basic-1.0.jar'))
try {
    assert jar.getEntry('org/example/it/visit.json') != null
    assert jar.getEntry('org/example/it/Visit.class') != null
} finally {
    jar.close()
}
return true
