/**
 * @module
 * News agencies of the francophone press: the source of a dispatch, never an actor of the news
 * it reports (`selon des correcteurs interrogés par l'AIB` → no *Qui a interrogé … ? → AIB*).
 */

/** Agency names and acronyms, as news copy writes them. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  "AFP",
  "Agence France-Presse",
  "Reuters",
  "AP",
  "Associated Press",
  "Belga",
  "ATS",
  "Keystone-ATS",
  "APS",
  "Algérie Presse Service",
  "MAP",
  "Maghreb Arabe Presse",
  "TAP",
  "Tunis Afrique Presse",
  "APA",
  "Agence de presse africaine",
  "AIB",
  "Agence d'information du Burkina",
  "AIP",
  "Agence ivoirienne de presse",
  "APS Sénégal",
  "ACP",
  "Agence congolaise de presse",
  "AMAP",
  "ANP",
  "Agence nationale de presse",
  "ABP",
  "Agence Bénin Presse",
  "CAMNEWS",
  "ANI",
  "La Presse canadienne",
  "Presse canadienne",
  "ANSA",
  "dpa",
  "Xinhua",
  "AlterPresse",
]);
