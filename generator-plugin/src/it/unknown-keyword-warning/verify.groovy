// An unknown keyword is a warning with its JSON Pointer; the types are still generated.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/schemas/item.json').canonicalPath

assert log.contains("[WARNING] ${file}#/properties/size/x-unit: unknown keyword \"x-unit\" belongs to no draft 2020-12 vocabulary")
assert log.contains('Generated 1 type from 1 schema in ')
assert new File(basedir, 'target/generated-sources/schema-codegen/org/example/it/Item.java').isFile()
return true
