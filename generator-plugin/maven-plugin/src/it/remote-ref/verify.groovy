// SPDX-License-Identifier: Apache-2.0
// The remote reference was refused, by name, without any attempt to fetch it.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] Refused $ref "https://schemas.example.invalid/customer.json" in ')
assert log.contains('at #/properties/customer/$ref: remote references are refused; the build never reaches the network.')
assert log.contains('BUILD FAILURE')
return true
