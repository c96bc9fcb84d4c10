// Minimal typing for topojson-server (no @types package in this project).
declare module 'topojson-server' {
  import type { Topology } from 'topojson-specification';
  export function topology(objects: Record<string, GeoJSON.GeoJsonObject>, quantization?: number): Topology;
}
