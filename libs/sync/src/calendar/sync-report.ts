/** What one sync did, for logs and metrics. */
export interface SyncReport {
  source: string;
  mode: 'full' | 'incremental';
  /** The kept cursor had expired, so a full sync ran instead. */
  fullAfterExpiry: boolean;
  pages: number;
  upserted: number;
  removed: number;
  skipped: number;
  /** Rows removed after a full listing because the source no longer has them. */
  swept: number;
  announced: number;
}

export function emptyReport(source: string, mode: SyncReport['mode']): SyncReport {
  return {
    source,
    mode,
    fullAfterExpiry: false,
    pages: 0,
    upserted: 0,
    removed: 0,
    skipped: 0,
    swept: 0,
    announced: 0,
  };
}
