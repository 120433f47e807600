// SPDX-License-Identifier: Apache-2.0
// The changed schema was regenerated: its new property is in the source and in the packaged schema.
// build.log holds both builds, each starting with Maven's 'Scanning for projects...'.
def (first, second) = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).drop(1)
def target = new File(basedir, 'target')

assert second.contains('Generated 1 type from 1 schema in ')
assert !second.contains('up to date')
assert new File(target, 'generated-sources/schema-codegen/org/example/it/Note.java').text.contains('@JsonProperty("pinned") Boolean pinned')
assert new File(target, 'generated-resources/schema-codegen/org/example/it/note.json').text.contains('"pinned"')
return true
