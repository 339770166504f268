/**
 * @module
 * A short article the route tests create quizzes from (a teacher's own text, not the shipped one).
 */
export const TRAM_ARTICLE = `Le maire de Nantes inaugure une nouvelle ligne de tramway

La maire de Nantes, Johanna Rolland, a inauguré samedi 14 mai la ligne 6 du tramway, en présence du président de la Société d'économie mixte des transports (SEMITAN), Bertrand Affilé.

"Cette ligne change la vie des habitants du nord de la ville", a déclaré, samedi 14 mai à Nantes, la maire, Johanna Rolland.

Les travaux, conduits par l'entreprise Colas, ont duré trois ans et ont coûté 120 millions d'euros. La ligne dessert 18 stations et doit transporter 40 000 voyageurs par jour.

Le 14/05/2022 à 18h05`;
