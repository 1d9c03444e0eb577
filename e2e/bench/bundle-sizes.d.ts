export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}
export interface BundleSizes {
  initial: ChunkSize[];
  initialTotal: Omit<ChunkSize, 'file'>;
  lazy: ChunkSize[];
}
export const CLIENT_DIST: string;
export const BUDGETS: { initialJs: number; lazyChunk: number };
export function bundleSizes(dist?: string): BundleSizes;
export function formatSizes(result: BundleSizes): string;
