// SPDX-License-Identifier: Apache-2.0
// An unknown keyword is a warning with its JSON Pointer; the types are still generated. The second,
// up-to-date build repeats the warnings of the first. build.log holds both builds, each starting
// with Maven's 'Scanning for projects...'.
def (first, second) = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).drop(1)
def file = new File(basedir, 'src/main/schemas/item.json').canonicalPath
def warnings = ['x-unit', 'minimun'].collect {
    "[WARNING] ${file}#/properties/size/${it}: unknown keyword \"${it}\" belongs to no draft 2020-12 vocabulary"
}

warnings.each { assert first.contains(it) }
assert first.contains('Generated 1 type from 1 schema in ')
assert second.contains('Types are up to date: 1 type from 1 schema, nothing written.')
warnings.each { assert second.contains(it) : "build 2 did not repeat: $it" }
assert new File(basedir, 'target/generated-sources/schema-codegen/org/example/it/Item.java').isFile()
return true
