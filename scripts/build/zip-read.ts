/** Reads the entries of a zip as stored (compressed bytes, CRC, sizes) without inflating them, so a
 * rebuild can copy an unchanged file's entry from the previous offline zip into the new one. Only
 * what our own zips use: no zip64, no encryption, one disk. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** One entry of a zip's central directory. */
export interface StoredEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of its local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, offset);
  return n === length ? buf : buf.subarray(0, n);
}

/** The end-of-central-directory record's offset in `tail` (the file's last bytes), or -1. */
function findEocd(tail: Buffer): number {
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** A zip opened for copying its entries as stored. */
export interface StoredZip {
  entries: Map<string, StoredEntry>;
  /** The entry's compressed bytes. */
  read(entry: StoredEntry): Buffer;
  close(): void;
}

/** Opens the zip at `path`; throws when it is not a zip this module can read. */
export function openStoredZip(path: string): StoredZip {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLength, tailLength);
    const at = findEocd(tail);
    if (at < 0) throw new Error(`${path}: not a zip (no end of central directory)`);
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    const dir = readAt(fd, dirOffset, dirSize);
    const entries = new Map<string, StoredEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (dir.readUInt32LE(p) !== CENTRAL) throw new Error(`${path}: broken central directory`);
      const method = dir.readUInt16LE(p + 10);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      if (method === 0 || method === 8) {
        entries.set(name, { name, method, crc: dir.readUInt32LE(p + 16), compressedSize: dir.readUInt32LE(p + 20), size: dir.readUInt32LE(p + 24), offset: dir.readUInt32LE(p + 42) });
      }
      p += 46 + nameLength + extraLength + commentLength;
    }
    return {
      entries,
      read(entry) {
        const local = readAt(fd, entry.offset, 30);
        if (local.readUInt32LE(0) !== LOCAL) throw new Error(`${path}: broken local header of ${entry.name}`);
        const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        return readAt(fd, start, entry.compressedSize);
      },
      close: () => closeSync(fd),
    };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}
