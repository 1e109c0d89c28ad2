// Opens a downloaded spreadsheet (XLSX) as a spreadsheet program does: the workbook is a zip of
// XML parts, and a sheet's cells are numbers, shared strings or inline strings. Enough for a
// journey to read back the rows an export holds; no formulas, no styles.
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/** The rows of the workbook's n-th sheet (1 = the first), each a list of cell texts by column. */
export async function sheetRows(file, sheet = 1) {
  const parts = unzip(await readFile(file));
  const shared = parts.has('xl/sharedStrings.xml')
    ? [...parts.get('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, item]) => texts(item))
    : [];
  const xml = parts.get(`xl/worksheets/sheet${sheet}.xml`);
  if (!xml) throw new Error(`the workbook has no sheet ${sheet}: ${[...parts.keys()].join(', ')}`);
  return [...xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map(([, row]) => {
    const cells = [];
    for (const [, attributes, body] of row.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const column = columnOf(/\br="([A-Z]+)\d+"/.exec(attributes)?.[1] ?? '') ?? cells.length;
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body ?? '')?.[1];
      cells[column] =
        type === 's' ? shared[Number(value)] : type === 'inlineStr' ? texts(body ?? '') : decode(value ?? '');
    }
    return Array.from(cells, (cell) => cell ?? '');
  });
}

/** The text parts (<t>) of a shared or inline string, joined. */
function texts(xml) {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map(([, text]) => decode(text)).join('');
}

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** A1-style column letters to a 0-based index. */
function columnOf(letters) {
  if (!letters) return undefined;
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** The XML parts of a zip file by name, read through its central directory. */
function unzip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file: the download is no spreadsheet');
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  const parts = new Map();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(entry + 10);
    const compressed = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const local = zip.readUInt32LE(entry + 42);
    const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}
