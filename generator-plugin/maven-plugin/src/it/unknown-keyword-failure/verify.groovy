// SPDX-License-Identifier: Apache-2.0
// With failOnUnknownKeywords the same keyword fails the build, naming its JSON Pointer.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/schemas/item.json').canonicalPath

assert log.contains("[ERROR] ${file}#/properties/size/x-unit: unknown keyword \"x-unit\" belongs to no draft 2020-12 vocabulary")
assert log.contains('set failOnUnknownKeywords to false to only warn')
assert !log.contains('[WARNING] ' + file)
assert !new File(basedir, 'target/generated-sources/schema-codegen').exists()
return true
