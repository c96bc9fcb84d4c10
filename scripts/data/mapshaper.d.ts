// Minimal typing for the parts of mapshaper's Node API used by the basemap build.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input?: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
