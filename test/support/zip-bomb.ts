/**
 * Zip bombs for tests, built without ever holding (or deflating) the expanded data: one
 * megabyte of zeros is deflated once with a full flush (a byte-aligned, self-contained
 * piece), repeated, and closed with an empty final block; the CRC is computed a
 * megabyte at a time. 200 MiB of zeros come out as a ~200 kB zip in milliseconds.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;

function u16(n: number): Buffer { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; }
function u32(n: number): Buffer { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; }

/** A zip with one deflated entry `name` that expands to `mib` MiB of zeros. */
export function zipBomb(mib: number, name = 'general/2024-01-02.json'): Buffer {
  const zeros = Buffer.alloc(MIB);
  const piece = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(zeros, crc);
  const data = Buffer.concat([...Array.from({ length: mib }, () => piece), end]);
  const size = mib * MIB;
  const fileName = Buffer.from(name);
  const common = [u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(crc), u32(data.length), u32(size), u16(fileName.length), u16(0)];
  const local = Buffer.concat([u32(0x04034b50), ...common, fileName]);
  const central = Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(0), fileName]);
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(1), u16(1), u32(central.length), u32(local.length + data.length), u16(0)]);
  return Buffer.concat([local, data, central, eocd]);
}
