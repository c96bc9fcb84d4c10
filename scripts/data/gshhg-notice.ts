/** Text of data/basemap/LICENSE-GSHHG.txt: notice for the WDBII-derived rivers + the LGPL-3 text. */
import { existsSync, readFileSync } from 'node:fs';

const LGPL3_PATH = '/usr/share/common-licenses/LGPL-3';

export function gshhgNotice(): string {
  if (!existsSync(LGPL3_PATH)) throw new Error(`GSHHG licence: ${LGPL3_PATH} not found (Debian base-files)`);
  const lgpl = readFileSync(LGPL3_PATH, 'utf8');
  return `The river lines in shanxi.topo.json (object "rivers", features with source "gshhg-wdbii")
are derived from GSHHG 2.3.7 — Global Self-consistent, Hierarchical, High-resolution
Geography Database, WDBII river component — by Paul Wessel and Walter H. F. Smith
(The GMT Team), distributed under the GNU Lesser General Public License, version 3
or (at your option) any later version. Obtained from the Debian package gmt-gshhg-full
and extracted with GMT (gmt coast -Ia -Df -M).

Modifications by the Shanxi Plan Atlas project: clipped to a box around Shanxi, canals
dropped, bin pieces re-joined, names assigned by matching against authored reference
lines, simplified (Visvalingam, 300 m), quantized into TopoJSON. The modified river
data is likewise available under the LGPL-3.0-or-later; the full source of the
pipeline is scripts/data/ in this repository.

Reference: Wessel, P., and W. H. F. Smith (1996), A global, self-consistent,
hierarchical, high-resolution shoreline database, J. Geophys. Res., 101(B4), 8741–8743.

The LGPL-3 supplements the GNU General Public License, version 3
(https://www.gnu.org/licenses/gpl-3.0.txt). The LGPL-3 text follows.

--------------------------------------------------------------------------------

${lgpl}`;
}
