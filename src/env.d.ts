/// <reference types="vite/client" />

/** `import file from './x.ts?script'`: the built file name of a dynamic content script (crxjs). */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
