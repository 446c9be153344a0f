/**
 * The schema, as an append-only list of migrations. A user's database records the last one applied in
 * PRAGMA user_version; opening it applies the rest, so an old file upgrades in place.
 * Never edit a released migration (the SQL is spelled out literally for that reason): add a new one.
 */

/** One step of the schema. */
export interface Migration {
  /** 1, 2, 3 … in order; user_version becomes this once the step is applied. */
  readonly version: number;
  readonly sql: string;
}

/**
 * Version 1. Counts of people are whole numbers (INTEGER, checked); quantities (U, ml, 治疗量) are REAL
 * because they may be fractional (a 300 ml bag is 1.5 U) and a double round-trips any JS number exactly.
 * Versions are never deleted: `current` marks the one in force (at most one per key, by a partial unique
 * index) and `replaced_by` links a replaced version to its successor.
 */
const V1 = `
CREATE TABLE imports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  kinds TEXT NOT NULL,
  added INTEGER NOT NULL,
  replaced INTEGER NOT NULL,
  unchanged INTEGER NOT NULL,
  counties TEXT NOT NULL,
  hospitals TEXT NOT NULL,
  months TEXT NOT NULL,
  notices TEXT NOT NULL
);
CREATE TABLE collection_versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  county TEXT NOT NULL,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  whole_blood_donors INTEGER NOT NULL CHECK (typeof(whole_blood_donors) = 'integer' AND whole_blood_donors >= 0),
  whole_blood_units REAL NOT NULL CHECK (whole_blood_units >= 0 AND whole_blood_units < 1e15),
  platelet_donors INTEGER NOT NULL CHECK (typeof(platelet_donors) = 'integer' AND platelet_donors >= 0),
  platelet_doses REAL NOT NULL CHECK (platelet_doses >= 0 AND platelet_doses < 1e15),
  sources TEXT NOT NULL CHECK (json_valid(sources)),
  current INTEGER NOT NULL CHECK (current IN (0, 1)),
  replaced_by INTEGER REFERENCES collection_versions(id)
);
CREATE UNIQUE INDEX collection_current ON collection_versions (county, month) WHERE current = 1;
CREATE INDEX collection_by_month ON collection_versions (month, current);
CREATE TABLE supply_versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  hospital TEXT NOT NULL,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  red_cells_u REAL NOT NULL CHECK (red_cells_u >= 0 AND red_cells_u < 1e15),
  plasma_ml REAL NOT NULL CHECK (plasma_ml >= 0 AND plasma_ml < 1e15),
  platelet_doses REAL NOT NULL CHECK (platelet_doses >= 0 AND platelet_doses < 1e15),
  cryo_u REAL NOT NULL CHECK (cryo_u >= 0 AND cryo_u < 1e15),
  sources TEXT NOT NULL CHECK (json_valid(sources)),
  current INTEGER NOT NULL CHECK (current IN (0, 1)),
  replaced_by INTEGER REFERENCES supply_versions(id)
);
CREATE UNIQUE INDEX supply_current ON supply_versions (hospital, month) WHERE current = 1;
CREATE INDEX supply_by_month ON supply_versions (month, current);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);
`;

/**
 * Version 2 (issue 14). What a county-month gives beyond its four figures — volume classes and the breakdown of
 * donation records or breakdown columns (首次/再次, donors, ABO, RhD, 团体/个人) — as one JSON object per version:
 * counts per county-month, so the file grows with the county-months stored, never with the rows read.
 */
const V2 = `
ALTER TABLE collection_versions ADD COLUMN details TEXT CHECK (details IS NULL OR json_valid(details));
`;

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, sql: V1 }, { version: 2, sql: V2 }];
