// One Astro run builds one client's site. `npx cairn build` chooses the client (CAIRN_CLIENT) and
// the output folder; everything else comes from content/<client>/client.yaml. See src/astro/config.ts.
import { fileURLToPath } from 'node:url';
import { cairnAstroConfig } from './src/astro/config.ts';

export default await cairnAstroConfig(fileURLToPath(new URL('.', import.meta.url)));
