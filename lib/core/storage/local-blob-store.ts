import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { BlobStore } from "./blob-store";
import { assertBlobKey } from "./blob-key";

/** X-37 default BlobStore: one file per key under a root directory. */
export class LocalBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private fileOf(key: string): string {
    assertBlobKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash mid-write never leaves a truncated file under the real key.
    const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(tmp, bytes, { flag: "wx", mode: 0o600 });
    await rename(tmp, file);
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.fileOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }
}
