// SPDX-License-Identifier: Apache-2.0
// Validates a JSON Lines file with Ajv 8 (draft 2020-12) and ajv-formats, line by line with JSON.parse,
// streaming the file in chunks. Prints FILE:LINE: errors for every invalid record on stdout (as
// `presence validate` does) and a summary on stderr. Usage: node ajv-validate.mjs AJV_DIR SCHEMA FILE
import { createRequire } from 'node:module';
import { openSync, readSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

const [ajvDir, schemaFile, file] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(ajvDir), 'node_modules', 'x.js'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const fd = openSync(file, 'r');
const chunk = Buffer.allocUnsafe(1 << 20);
let carry = '';
let lineNumber = 0;
let records = 0;
let invalid = 0;
let report = [];

function check(line) {
  lineNumber++;
  if (line.trim() === '') return;
  records++;
  let ok;
  try {
    ok = validate(JSON.parse(line));
  } catch (e) {
    invalid++;
    report.push(`${file}:${lineNumber}: ${e.message}\n`);
    return;
  }
  if (!ok) {
    invalid++;
    report.push(`${file}:${lineNumber}: ${ajv.errorsText(validate.errors)}\n`);
  }
}

for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
  const text = carry + chunk.toString('utf8', 0, read);
  let start = 0;
  for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
    check(text.slice(start, end));
    start = end + 1;
  }
  carry = text.slice(start);
  if (report.length) {
    writeSync(1, report.join(''));
    report = [];
  }
}
if (carry.length) check(carry);
if (report.length) writeSync(1, report.join(''));
console.error(`ajv: ${records} records: ${records - invalid} valid, ${invalid} invalid`);
process.exitCode = invalid > 0 ? 1 : 0;
