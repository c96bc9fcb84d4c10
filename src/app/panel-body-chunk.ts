/** The panel bodies' chunk (PanelBody.tsx): one import, shared by the lazy component and the prefetch after the map's first draw. */
export const loadPanelBody = () => import('./PanelBody');
