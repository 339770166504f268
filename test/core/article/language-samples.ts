/**
 * @module
 * News paragraphs written for the language detection tests (issue 11): the same six stories in
 * English, Spanish, Italian, German and Portuguese, and six French ones, two of them quoting
 * English. Each is 220–320 characters, as short as an article may be.
 */

/** Six paragraphs per language, by ISO 639-1 code. */
export const PARAGRAPHS = {
  en: [
    "The city council of Leeds approved on Tuesday a plan to build 2,000 affordable homes on the site of a former steelworks, ending a dispute that has lasted more than a decade. The leader of the council, Margaret Hughes, said the first families could move in by the spring of 2027.",
    "Shares in the carmaker fell by 8 per cent in early trading after the company warned that profits would be lower than expected this year. Analysts blamed weaker demand for electric vehicles in Europe and rising costs for batteries imported from Asia.",
    "Heavy rain caused flooding across much of southern Wales overnight, forcing the closure of several roads and two railway lines. Emergency services rescued a dozen people from cars trapped by rising water near Cardiff, and the Met Office has issued further warnings for the weekend.",
    "The football club confirmed on Friday that its manager had signed a new three-year contract. The announcement follows a season in which the team finished fourth in the league and reached the semi-finals of the cup for the first time since 1998.",
    "Scientists at the University of Edinburgh say they have found a way to detect early signs of Alzheimer's disease with a simple blood test. The study, published in the journal Nature Medicine, followed 1,200 patients over five years.",
    "Thousands of teachers walked out of classrooms on Wednesday in the largest strike over pay since the 1980s. Union leaders said the government's offer of a 4 per cent rise did not keep up with inflation, while ministers insisted that no more money was available.",
  ],
  es: [
    "El Ayuntamiento de Sevilla aprobó el martes un plan para construir 2.000 viviendas asequibles en los terrenos de una antigua fábrica, poniendo fin a una disputa que ha durado más de diez años. La alcaldesa aseguró que las primeras familias podrán mudarse en la primavera de 2027.",
    "Las acciones del fabricante de automóviles cayeron un 8 por ciento en las primeras horas de la sesión después de que la empresa advirtiera de que los beneficios serían inferiores a lo previsto este año. Los analistas atribuyen el descenso a la débil demanda de coches eléctricos.",
    "Las fuertes lluvias provocaron inundaciones en buena parte de la Comunidad Valenciana durante la noche, lo que obligó a cortar varias carreteras y dos líneas de tren. Los servicios de emergencia rescataron a una docena de personas atrapadas en sus vehículos.",
    "El club confirmó el viernes que su entrenador ha firmado un nuevo contrato de tres años. El anuncio llega tras una temporada en la que el equipo terminó cuarto en la liga y alcanzó las semifinales de la Copa del Rey por primera vez desde 1998.",
    "Investigadores de la Universidad de Barcelona afirman haber encontrado una forma de detectar los primeros signos del alzhéimer mediante un simple análisis de sangre. El estudio, publicado en una revista científica, siguió a 1.200 pacientes durante cinco años.",
    "Miles de profesores abandonaron las aulas el miércoles en la mayor huelga por los salarios desde los años ochenta. Los sindicatos señalaron que la subida del 4 por ciento ofrecida por el Gobierno no compensa la inflación, mientras que el ministerio insiste en que no hay más dinero.",
  ],
  it: [
    "Il consiglio comunale di Torino ha approvato martedì un piano per costruire 2.000 alloggi a prezzi accessibili sull'area di un'ex acciaieria, mettendo fine a una disputa che durava da oltre dieci anni. Il sindaco ha detto che le prime famiglie potranno trasferirsi nella primavera del 2027.",
    "Le azioni della casa automobilistica sono scese dell'8 per cento nelle prime ore di contrattazione dopo che l'azienda ha avvertito che gli utili di quest'anno saranno inferiori alle attese. Gli analisti hanno indicato la debole domanda di auto elettriche in Europa.",
    "Le forti piogge hanno provocato allagamenti in gran parte della Liguria durante la notte, costringendo alla chiusura di diverse strade e di due linee ferroviarie. I vigili del fuoco hanno soccorso una dozzina di persone rimaste bloccate nelle loro auto vicino a Genova.",
    "La società ha confermato venerdì che l'allenatore ha firmato un nuovo contratto di tre anni. L'annuncio arriva dopo una stagione in cui la squadra ha chiuso al quarto posto in campionato e ha raggiunto le semifinali della Coppa Italia per la prima volta dal 1998.",
    "I ricercatori dell'Università di Padova affermano di aver trovato un modo per individuare i primi segni del morbo di Alzheimer con un semplice esame del sangue. Lo studio, pubblicato su una rivista scientifica, ha seguito 1.200 pazienti per cinque anni.",
    "Migliaia di insegnanti hanno lasciato le aule mercoledì nel più grande sciopero sui salari dagli anni Ottanta. I sindacati sostengono che l'aumento del 4 per cento proposto dal governo non tiene il passo con l'inflazione, mentre il ministero ribadisce che non ci sono altre risorse.",
  ],
  de: [
    "Der Stadtrat von Leipzig hat am Dienstag einen Plan gebilligt, auf dem Gelände eines ehemaligen Stahlwerks 2.000 bezahlbare Wohnungen zu bauen, und damit einen Streit beendet, der mehr als zehn Jahre gedauert hatte. Die Oberbürgermeisterin sagte, die ersten Familien könnten im Frühjahr 2027 einziehen.",
    "Die Aktien des Autobauers fielen im frühen Handel um 8 Prozent, nachdem das Unternehmen gewarnt hatte, dass der Gewinn in diesem Jahr niedriger ausfallen werde als erwartet. Analysten machten die schwache Nachfrage nach Elektroautos in Europa dafür verantwortlich.",
    "Starker Regen hat in der Nacht weite Teile von Nordrhein-Westfalen überflutet und zur Sperrung mehrerer Straßen und zweier Bahnstrecken geführt. Die Feuerwehr rettete ein Dutzend Menschen, die in ihren Autos vom steigenden Wasser eingeschlossen waren.",
    "Der Verein bestätigte am Freitag, dass sein Trainer einen neuen Dreijahresvertrag unterschrieben hat. Die Ankündigung folgt auf eine Saison, in der die Mannschaft Vierter in der Liga wurde und zum ersten Mal seit 1998 das Halbfinale des Pokals erreichte.",
    "Forscher der Universität Heidelberg haben nach eigenen Angaben einen Weg gefunden, frühe Anzeichen von Alzheimer mit einem einfachen Bluttest zu erkennen. Die Studie, die in einer Fachzeitschrift veröffentlicht wurde, begleitete 1.200 Patienten über fünf Jahre.",
    "Tausende Lehrerinnen und Lehrer haben am Mittwoch die Arbeit niedergelegt, im größten Streik um Gehälter seit den achtziger Jahren. Die Gewerkschaften erklärten, das Angebot der Regierung von 4 Prozent mehr Lohn gleiche die Inflation nicht aus; das Ministerium sieht keinen Spielraum.",
  ],
  pt: [
    "A Câmara Municipal do Porto aprovou na terça-feira um plano para construir 2.000 habitações a preços acessíveis no terreno de uma antiga siderurgia, pondo fim a uma disputa que durava há mais de dez anos. O presidente da câmara disse que as primeiras famílias poderão mudar-se na primavera de 2027.",
    "As ações da fabricante de automóveis caíram 8 por cento nas primeiras horas de negociação, depois de a empresa ter avisado que os lucros deste ano serão inferiores ao esperado. Os analistas apontam a fraca procura por carros elétricos na Europa.",
    "As chuvas fortes provocaram inundações em grande parte da região de Lisboa durante a noite, obrigando ao encerramento de várias estradas e de duas linhas ferroviárias. Os bombeiros resgataram uma dúzia de pessoas que ficaram presas nos seus carros.",
    "O clube confirmou na sexta-feira que o treinador assinou um novo contrato de três anos. O anúncio surge depois de uma época em que a equipa terminou em quarto lugar no campeonato e chegou às meias-finais da Taça de Portugal pela primeira vez desde 1998.",
    "Investigadores da Universidade de Coimbra afirmam ter encontrado uma forma de detetar os primeiros sinais da doença de Alzheimer com uma simples análise ao sangue. O estudo, publicado numa revista científica, acompanhou 1.200 doentes durante cinco anos.",
    "Milhares de professores deixaram as salas de aula na quarta-feira, na maior greve por salários desde os anos oitenta. Os sindicatos afirmam que o aumento de 4 por cento proposto pelo Governo não acompanha a inflação, enquanto o ministério insiste que não há mais dinheiro.",
  ],
  fr: [
    "Le conseil municipal de Lille a approuvé mardi un projet de 2 000 logements abordables sur le site d'une ancienne aciérie, mettant fin à un différend qui durait depuis plus de dix ans. La maire a assuré que les premières familles pourraient emménager au printemps 2027.",
    "« We are not going to give up », a lancé en anglais le Premier ministre britannique, Keir Starmer, lors d'une conférence de presse commune avec Emmanuel Macron à Londres, jeudi 12 juin. Les deux dirigeants ont signé un accord sur la défense et promis de renforcer la coopération contre les passeurs dans la Manche.",
    "La start-up lyonnaise a levé 12 millions d'euros auprès du fonds Tech Growth Partners pour développer son logiciel de cloud computing. Son fondateur, John Miller, ancien ingénieur de Google, veut recruter 80 développeurs d'ici à la fin de l'année et ouvrir un bureau à Boston.",
    "Le Stade rennais s'est imposé 2-0 face à l'Olympique de Marseille, dimanche soir au Roazhon Park, grâce à des buts d'Arnaud Kalimuendo et de Ludovic Blas. Les Bretons remontent à la cinquième place du classement de Ligue 1.",
    "Le groupe britannique Coldplay a annoncé lundi une tournée européenne baptisée « Music of the Spheres », qui passera par le Stade de France les 16, 17 et 18 juillet. Les billets seront mis en vente vendredi à 10 heures.",
    "Dans son discours, le président américain a déclaré : « The United States will stand with our allies in Europe, today, tomorrow and for as long as it takes. We will not abandon Ukraine. » Ces propos ont été salués par les dirigeants européens réunis à Bruxelles jeudi soir.",
  ],
} as const;
