// SPDX-License-Identifier: Apache-2.0
String log = new File(basedir, 'build.log').text
assert log.contains('No baseline to check schema compatibility against: the baseline directory ')
assert log.contains('no-such-baseline does not exist')
assert log.contains('No baseline to check schema compatibility against: the baseline artifact org.realtimepresence.it:never-released:9.9.9 cannot be resolved')
assert log.contains('Set baselineDirectory (property schema-codegen.baselineDirectory) or baselineArtifact')
assert log.contains('baselineArtifact "org.realtimepresence.it:never-released" is not groupId:artifactId:version')
assert log.contains('baselineArtifact needs targetPackage (property schema-codegen.targetPackage)')
return true
