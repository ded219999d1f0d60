/** A small subject taxonomy drawn only from the themes of the two source documents. */
import type { SeedSubject } from './types.ts'

export const subjects: SeedSubject[] = [
  {
    key: 'lgbti-rights',
    name: { sq: 'Të drejtat LGBTI', sr: 'Prava LGBTI osoba', en: 'LGBTI rights' },
  },
  {
    key: 'civil-society',
    name: { sq: 'Shoqëria civile', sr: 'Civilno društvo', en: 'Civil society' },
  },
  {
    key: 'covid-19',
    name: { sq: 'COVID-19', sr: 'COVID-19', en: 'COVID-19' },
  },
  {
    key: 'gender-based-violence',
    name: { sq: 'Dhuna me baza gjinore', sr: 'Rodno zasnovano nasilje', en: 'Gender-based violence' },
  },
  {
    key: 'domestic-violence',
    name: { sq: 'Dhuna në familje', sr: 'Nasilje u porodici', en: 'Domestic violence' },
  },
  {
    key: 'gender-equality',
    name: { sq: 'Barazia gjinore', sr: 'Rodna ravnopravnost', en: 'Gender equality' },
  },
  {
    key: 'social-protection',
    name: { sq: 'Mbrojtja sociale', sr: 'Socijalna zaštita', en: 'Social protection' },
  },
  {
    key: 'advocacy',
    name: { sq: 'Avokimi', sr: 'Zagovaranje', en: 'Advocacy' },
  },
  {
    key: 'psychosocial-support',
    name: { sq: 'Mbështetja psikosociale', sr: 'Psihosocijalna podrška', en: 'Psychosocial support' },
  },
  {
    key: 'legal-aid',
    name: { sq: 'Ndihma juridike', sr: 'Pravna pomoć', en: 'Legal aid' },
  },
  {
    key: 'displacement-and-return',
    name: { sq: 'Zhvendosja dhe kthimi', sr: 'Raseljavanje i povratak', en: 'Displacement and return' },
  },
  {
    key: 'non-majority-communities',
    name: { sq: 'Komunitetet jo-shumicë', sr: 'Nevećinske zajednice', en: 'Non-majority communities' },
  },
  {
    key: 'capacity-building',
    name: { sq: 'Ngritja e kapaciteteve', sr: 'Izgradnja kapaciteta', en: 'Capacity building' },
  },
]
