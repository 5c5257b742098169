import "server-only";

/** V-FILE "virus-scanned before it is accepted"; errata A6: no scanner by default. */
export type ScanResult = "CLEAN" | "INFECTED" | "NOT_SCANNED";

export interface VirusScanner {
  readonly name: string;
  scan(bytes: Uint8Array): Promise<ScanResult>;
}

/** X-37 default: accepts the file and records `scanStatus = NOT_SCANNED`, so a later scan can find it. */
export class NoopScanner implements VirusScanner {
  readonly name = "none";
  async scan(): Promise<ScanResult> {
    return "NOT_SCANNED";
  }
}

let scanner: VirusScanner = new NoopScanner();

export function getVirusScanner(): VirusScanner {
  return scanner;
}

/** Plugs in a real scanner (a clamd adapter) or a test double. */
export function setVirusScanner(next: VirusScanner | undefined): void {
  scanner = next ?? new NoopScanner();
}
