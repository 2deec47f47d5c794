/** Ongoing local efforts (insatser): pure data, no React, no DOM. */

export interface AgeRange {
  /** As written in the file, e.g. "12-18" or "alla". */
  label: string;
  min: number;
  max: number;
}

export interface Effort {
  id: string;
  name: string;
  type: string;
  /** Responsible department or actor (ansvarig). */
  owner: string;
  /** Partners (samverkan). */
  partners: string[];
  /** Listed delområde codes; empty when the effort is placed by geometry only. */
  areaCodes: string[];
  /** Every delområde the effort reaches: the listed ones, the one its point
   * lies in and those its polygon covers; worked out once, when the file is read. */
  reached: string[];
  citywide: boolean;
  /** Optional point, WGS84 [lon, lat]. */
  point: [number, number] | null;
  /** Optional area geometry (from GeoJSON input). */
  polygon: GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
  startYear: number | null;
  target: AgeRange | null;
  costKr: number | null;
  description: string;
  /** Optional columns for the model's criteria; null = not stated. */
  uvasLink: string | null;
  preventive: boolean | null;
}

export interface EffortDataset {
  fileName: string;
  illustrative: boolean;
  efforts: Effort[];
}
