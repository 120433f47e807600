// SPDX-License-Identifier: Apache-2.0
// The consumer build passed its own tests through the generated OrderJson, and the site's guides show exactly
// this project: its pom.xml (as filtered for this build) and every tagged snippet of OrderJsonTest.
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')

assert log.contains('Generated 1 type from 1 schema in ')
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('SLF4J')
assert new File(target, 'generated-sources/schema-codegen/com/example/orders/OrderJson.java').text
        .contains('public final class OrderJson')
assert new File(target, 'classes/com/example/orders/order.json').isFile()

def guides = new File(basedir, '../../../../../src/site/markdown')
def gettingStarted = new File(guides, 'getting-started.md').text.replace('\r\n', '\n')
def validating = new File(guides, 'validating.md').text.replace('\r\n', '\n')
def pom = new File(basedir, 'pom.xml').text.replace('\r\n', '\n').trim()
assert gettingStarted.contains('```xml\n' + pom + '\n```') : 'getting-started.md shows the consumer pom.xml of codec-own-schema verbatim'

def source = new File(basedir, 'src/test/java/com/example/orders/OrderJsonTest.java').text.replace('\r\n', '\n')
def tagged = (source =~ /(?s)\n([ \t]*)\/\/ tag::(\w+)\[]\n(.*?)\n[ \t]*\/\/ end::\2\[]/)
def tags = []
tagged.each { match ->
    String indent = match[1]
    String code = match[3].split('\n', -1).collect { it.startsWith(indent) ? it.substring(indent.length()) : it.strip() }.join('\n')
    tags << match[2]
    assert validating.contains('```java\n' + code + '\n```') : "validating.md quotes the snippet ${match[2]} of OrderJsonTest verbatim"
}
assert tags == ['read', 'reject', 'validate', 'write', 'lines', 'limits']
return true
