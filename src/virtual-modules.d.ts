declare module 'virtual:font-faces' {
  const faces: { file: string; ranges: string[] }[];
  export default faces;
}
