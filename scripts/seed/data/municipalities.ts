/**
 * The 14 municipalities of the UN joint project, in the source's order, with both official
 * names. The Albanian names are as the source writes them; Serbian names the source writes
 * without diacritics (or run together) are given in their official Serbian Latin spelling.
 * English usage in Kosovo institutions follows the Albanian name.
 */
import type { SeedMunicipality } from './types.ts'

function municipality(slug: string, nameSq: string, nameSr: string): SeedMunicipality {
  return { slug, nameSq, nameSr, displayName: { sq: nameSq, sr: nameSr, en: nameSq } }
}

export const municipalities: SeedMunicipality[] = [
  municipality('fushe-kosove', 'Fushë Kosovë', 'Kosovo Polje'),
  municipality('gracanice', 'Graçanicë', 'Gračanica'),
  municipality('istog', 'Istog', 'Istok'),
  municipality('kamenice', 'Kamenicë', 'Kamenica'),
  municipality('peje', 'Pejë', 'Peć'),
  municipality('mitrovice', 'Mitrovicë', 'Mitrovica'), // source writes: Mitrovice
  municipality('prishtine', 'Prishtinë', 'Priština'),
  municipality('novobrde', 'Novobrdë', 'Novo Brdo'), // source writes: Novobrdo
  municipality('gjakove', 'Gjakovë', 'Đakovica'), // source writes: Djakovica
  municipality('ferizaj', 'Ferizaj', 'Uroševac'), // source writes: Urosevac
  municipality('obiliq', 'Obiliq', 'Obilić'), // source writes: Obilic
  municipality('kline', 'Kline', 'Klina'),
  municipality('gjilan', 'Gjilan', 'Gnjilane'),
  municipality('prizren', 'Prizren', 'Prizren'),
]
