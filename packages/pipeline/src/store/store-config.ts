/** Which database the store opens, and how (`StoreReader.layer` reads, `StoreWriter.layer` writes). */
export interface StoreConfig {
  /** The SQLite file (created, and migrated, on a writing open). */
  readonly path: string
  /** Open without writing: no migrations, no lock, every statement but reads refused. Default false. */
  readonly readOnly?: boolean
}
