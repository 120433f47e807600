// SPDX-License-Identifier: Apache-2.0
File jar = new File(basedir, 'target/compat-baseline-model-1.0.0.jar')
assert jar.isFile()
def entries = new java.util.zip.ZipFile(jar).entries().collect { it.name }
assert entries.contains('com/example/model/presence.json')
return true
