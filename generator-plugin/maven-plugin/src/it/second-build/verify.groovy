// SPDX-License-Identifier: Apache-2.0
// The second build found the types up to date, wrote nothing, and still compiled and copied them.
// build.log holds both builds, each starting with Maven's 'Scanning for projects...'.
def (first, second) = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).drop(1)
def target = new File(basedir, 'target')
def aged = 981173106000L // set by build 1's age-outputs profile

assert first.contains('Generated 1 type from 1 schema in ')
assert second.contains('Types are up to date: 1 type from 1 schema, nothing written.')
assert !second.contains('Generated')
['generated-sources/schema-codegen/org/example/it/Note.java',
 'generated-resources/schema-codegen/org/example/it/note.json'].each {
    def file = new File(target, it)
    assert file.lastModified() == aged : "$it was rewritten: ${new Date(file.lastModified())}"
}
assert new File(target, 'classes/org/example/it/Note.class').isFile()
assert new File(target, 'classes/org/example/it/note.json').isFile()
return true
