// SPDX-License-Identifier: Apache-2.0
// The deleted schema's class and packaged schema are gone; the other schema's outputs remain.
// build.log holds both builds, each starting with Maven's 'Scanning for projects...'.
def (first, second) = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).drop(1)
def sources = new File(basedir, 'target/generated-sources/schema-codegen/org/example/it')
def resources = new File(basedir, 'target/generated-resources/schema-codegen/org/example/it')

assert !new File(basedir, 'src/main/schemas/obsolete.json').exists()
assert first.contains('Generated 2 types from 2 schemas in ')
assert second.contains('Generated 1 type from 1 schema in ')
assert sources.list().sort() == ['Note.java', 'NoteJson.java']
assert resources.list().sort() == ['note.json']
return true
