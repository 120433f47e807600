// SPDX-License-Identifier: Apache-2.0
// The build failed naming the reference, the file it is in and where in it.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/schemas/order.json').canonicalPath

assert log.contains("[ERROR] Unresolved \$ref \"customer.json\" in ${file} at #/properties/customer/\$ref: no such file: ")
assert log.contains('BUILD FAILURE')
return true
