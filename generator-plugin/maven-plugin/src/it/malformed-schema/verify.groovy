// SPDX-License-Identifier: Apache-2.0
// The build failed on the missing comma, naming the file, line 5 and column 5, and generated nothing.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/schemas/broken.json').canonicalPath

assert log.contains("[ERROR] ${file}:5:5: malformed schema JSON: ")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/schema-codegen').exists()
return true
