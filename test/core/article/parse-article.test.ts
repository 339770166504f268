import { describe, expect, it } from "vitest";
import seedText from "../../../src/content/seed-article.fr.txt";
import { parseArticle } from "../../../src/core/article/parse-article";

describe("parseArticle", () => {
  const article = parseArticle(seedText);

  it("reads the title, the caption once and the publication date-time", () => {
    expect(article.title).toBe(
      "Le ministre de l'Intérieur belge: la coopération antiterroriste avec le Maroc “est optimale\"",
    );
    expect(article.caption).toBe(
      "Jan Jambon, vice-Premier ministre et ministre de la Sécurité et de l'intérieur belge.",
    );
    expect(article.published).toBe("2016-03-01T13:33");
  });

  it("keeps the body paragraphs without the repeated caption or dateline", () => {
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs[0]).toMatch(/^La coopération entre le Maroc et la Belgique/);
    expect(article.paragraphs[5]).toMatch(/Chambres du Parlement\.$/);
    const body = article.paragraphs.join("\n\n");
    expect(body).not.toContain("13h33");
    expect(body).not.toContain(". DR");
  });

  it("accepts Windows line breaks, a credit with ©, and no dateline", () => {
    const parsed = parseArticle(
      "Un titre\r\n\r\nLe maire inaugure le pont. © AFP\r\n\r\nLe pont a coûté 3 millions.",
    );
    expect(parsed).toEqual({
      title: "Un titre",
      caption: "Le maire inaugure le pont.",
      paragraphs: ["Le pont a coûté 3 millions."],
    });
  });

  it("does not take a first body paragraph for a caption", () => {
    const parsed = parseArticle("Titre\n\nLe conseil a voté.\n\nLe 12/05/2020 à 9h05");
    expect(parsed.caption).toBeUndefined();
    expect(parsed.paragraphs).toEqual(["Le conseil a voté."]);
    expect(parsed.published).toBe("2020-05-12T09:05");
  });
});

describe("parseArticle: a byline with the date in words", () => {
  it("reads `OLJ / Rania ABI NADER, le 14 janvier 2026 à 18h12` as the publication, not text", () => {
    const parsed = parseArticle(
      "Un titre\n\nOLJ / Rania ABI NADER, le 14 janvier 2026 à 18h12\n\nLe conseil a voté, le 14 janvier 2026.",
    );
    expect(parsed.paragraphs).toEqual(["Le conseil a voté, le 14 janvier 2026."]);
    expect(parsed.published).toBe("2026-01-14T18:12");
  });
});

describe("parseArticle: who wrote it", () => {
  it("keeps `Par Julie Vandermeulen` as the byline, not as the first paragraph", () => {
    const parsed = parseArticle("Un titre\n\nPar Julie Vandermeulen\n\nLe tribunal a jugé.");
    expect(parsed.byline).toBe("Julie Vandermeulen");
    expect(parsed.paragraphs).toEqual(["Le tribunal a jugé."]);
  });

  it("keeps the name of a dated byline (`La Presse Canadienne 3 juin 2026`)", () => {
    const parsed = parseArticle("Un titre\n\nLa Presse Canadienne 3 juin 2026\n\nLe club a gagné.");
    expect(parsed).toMatchObject({ byline: "La Presse Canadienne", published: "2026-06-03" });
    expect(parsed.paragraphs).toEqual(["Le club a gagné."]);
  });

  it("reads `Par Karine Appadoo Le 27/11/2026 à 10h40` as the byline and the date", () => {
    const parsed = parseArticle("T\n\nPar Karine Appadoo Le 27/11/2026 à 10h40\n\nLe texte.");
    expect(parsed).toMatchObject({ byline: "Karine Appadoo", published: "2026-11-27T10:40" });
    expect(parsed.paragraphs).toEqual(["Le texte."]);
    expect(parseArticle("T\n\nPar arrêté du 12/03/2026\n\nTexte.").paragraphs).toEqual([
      "Par arrêté du 12/03/2026",
      "Texte.",
    ]);
  });

  it("reads a paragraph that opens on `Par` as text", () => {
    const text = "Par 35 voix contre 25, la Chambre a adopté le projet de loi.";
    expect(parseArticle(`Un titre\n\n${text}`).paragraphs).toEqual([text]);
  });
});

describe("parseArticle: a caption without a credit", () => {
  it("takes a line before the dispatch's dateline for the caption", () => {
    const parsed = parseArticle(
      "Un titre\n\nLe ministre et son homologue lors de la signature, lundi à Lomé.\n\nLOMÉ, 30 novembre 2026 – Le Togo et le Niger ont signé un accord.",
    );
    expect(parsed.caption).toBe("Le ministre et son homologue lors de la signature, lundi à Lomé.");
    expect(parsed.paragraphs).toEqual(["Le Togo et le Niger ont signé un accord."]);
  });

  it("keeps a lede before a paragraph that opens on a dateline as text when it has two sentences", () => {
    const lede = "Le Togo a signé. Le Niger aussi.";
    const parsed = parseArticle(`Un titre\n\n${lede}\n\nLOMÉ, 30 novembre 2026 – Suite.`);
    expect(parsed.caption).toBeUndefined();
    expect(parsed.paragraphs[0]).toBe(lede);
  });

  it("reads `Photo : <caption>` as the caption, and credits in capitals or `d'archive`", () => {
    expect(
      parseArticle("T\n\nPhoto : Des membres du syndicat réunis à Lévis, jeudi soir.\n\nTexte.")
        .caption,
    ).toBe("Des membres du syndicat réunis à Lévis, jeudi soir.");
    expect(
      parseArticle("T\n\nDes élèves devant une école de Halba. Photo d'archive ANI\n\nTexte.")
        .caption,
    ).toBe("Des élèves devant une école de Halba.");
    expect(
      parseArticle(
        "T\n\nDes camions à Likasi, en janvier. Photo : ACTUALITÉ.CD / Patrick Ilunga\n\nTexte.",
      ).caption,
    ).toBe("Des camions à Likasi, en janvier.");
    expect(
      parseArticle(
        "T\n\nLa skieuse lors de sa descente, samedi, à Ruka. LA PRESSE CANADIENNE/Jussi Nukari\n\nTexte.",
      ).caption,
    ).toBe("La skieuse lors de sa descente, samedi, à Ruka.");
  });
});

describe("parseArticle: where the title comes from", () => {
  const lede = "Le maire de Nantes a inauguré samedi la ligne 6 du tramway.";
  const second = "Les travaux ont duré trois ans.";

  it("without a title given, takes the first line only: the rest of its block is body", () => {
    expect(parseArticle(`Un tram pour Nantes\n${lede}\n\n${second}`)).toEqual({
      title: "Un tram pour Nantes",
      paragraphs: [lede, second],
    });
  });

  it("with a title given, keeps every block of the text as body, the lede first", () => {
    expect(parseArticle(`${lede}\n\n${second}`, { title: "  Un tram   pour Nantes " })).toEqual({
      title: "Un tram pour Nantes",
      paragraphs: [lede, second],
    });
  });

  it("with a title given, keeps a one-paragraph text whole", () => {
    expect(parseArticle(lede, { title: "Tram" }).paragraphs).toEqual([lede]);
  });

  it.each([
    ["the same line", "Un tram pour Nantes"],
    ["another case and spacing", "UN  TRAM pour nantes"],
    ["other punctuation and accents", "Un tram, pour Nantes !"],
    ["typographic quotes", "Le maire : « un tram pour Nantes »"],
  ])("with a title given, drops a first line that repeats it (%s)", (_, firstLine) => {
    const title = firstLine.includes("maire")
      ? "Le maire: “un tram pour Nantes”"
      : "Un tram pour Nantes";
    const article = parseArticle(`${firstLine}\n\n${lede}\n\n${second}`, { title });
    expect(article.title).toBe(title);
    expect(article.paragraphs).toEqual([lede, second]);
  });

  it("with a title given, keeps a pasted headline as body, and still finds the caption", () => {
    const article = parseArticle(
      `Un tram pour Nantes\n\nLa rame inaugurée samedi. © Ville de Nantes\n\n${lede}`,
      { title: "Nantes a son tram" },
    );
    expect(article).toEqual({
      title: "Nantes a son tram",
      caption: "La rame inaugurée samedi.",
      paragraphs: ["Un tram pour Nantes", lede],
    });
  });

  it("with a title given, keeps a first line that only starts like it", () => {
    const article = parseArticle(`Un tram pour Nantes et Rezé\n\n${lede}`, {
      title: "Un tram pour Nantes",
    });
    expect(article.paragraphs).toEqual(["Un tram pour Nantes et Rezé", lede]);
  });

  it("takes a block ending on an agency's credit (KEYSTONE/Name, AFP) for the caption", () => {
    const article = parseArticle(
      [
        "Genève inaugure le tram 19",
        "La première rame a quitté l'arrêt Cornavin samedi matin. KEYSTONE/Lucien Perroud",
        "GENÈVE (Keystone-ATS) - La ligne de tram 19 a été inaugurée samedi.",
      ].join("\n\n"),
    );
    expect(article.caption).toBe("La première rame a quitté l'arrêt Cornavin samedi matin.");
    expect(article.paragraphs).toEqual(["La ligne de tram 19 a été inaugurée samedi."]);
    // A lede that ends on an acronym with its full stop is no caption.
    const lede = parseArticle(
      ["Titre", "Le ministre a visité la DSITI.", "Il a salué le travail de la MAP."].join("\n\n"),
    );
    expect(lede.caption).toBeUndefined();
  });
});

describe("parseArticle: a photo credit alone in the caption's place", () => {
  it("takes `Photo d'illustration Bigstock` for the caption, not a paragraph", () => {
    const article = parseArticle(
      [
        "Titre",
        "Photo d'illustration Bigstock",
        "Le ministère a ordonné vendredi le retrait.",
      ].join("\n\n"),
    );
    expect(article.caption).toBe("Photo d'illustration Bigstock.");
    expect(article.paragraphs).toEqual(["Le ministère a ordonné vendredi le retrait."]);
  });

  it("keeps a heading that merely opens on `Photos` in the body", () => {
    const article = parseArticle(
      ["Titre", "Photos et vidéos : ce que l'on sait", "Le ministère a ordonné le retrait."].join(
        "\n\n",
      ),
    );
    expect(article.caption).toBeUndefined();
  });

  it("reads a date then its writer on the lines under the headline (`Publié le … Par …`)", () => {
    const article = parseArticle(
      "Akbou : quatre voleurs condamnés\nPublié le 11 février 2026\nPar Karim Benhaddad\n\nLe tribunal d'Akbou a condamné mardi quatre hommes.",
    );
    expect(article.published).toBe("2026-02-11");
    expect(article.byline).toBe("Karim Benhaddad");
    expect(article.paragraphs).toEqual(["Le tribunal d'Akbou a condamné mardi quatre hommes."]);
  });

  it("keeps the lede on the line under a labelled caption (`Légende : …` then the dispatch)", () => {
    const article = parseArticle(
      [
        "Djibouti : l'eau potable coule à As-Eyla",
        "Légende : Des habitantes d'As-Eyla devant une borne-fontaine, samedi matin.",
        "AS-EYLA, 28 nov. (ADI) – Le ministre a inauguré samedi une adduction de 42 km.",
        "",
        "D'un coût de 1,4 milliard de francs, l'ouvrage relie trois forages au bourg.",
      ].join("\n"),
    );
    expect(article.caption).toBe(
      "Des habitantes d'As-Eyla devant une borne-fontaine, samedi matin.",
    );
    expect(article.paragraphs[0]).toBe("Le ministre a inauguré samedi une adduction de 42 km.");
    expect(article.paragraphs).toHaveLength(2);
  });

  it("reads a caption credited `Photo X` or `Photo d'archive` without a colon, and the date under it", () => {
    const article = parseArticle(
      [
        "Lot : le pont interdit aux poids lourds",
        "Les barrières ont été posées mardi sur la rive gauche. Photo DDM, Julien Marty",
        "Le 17/03/2026 à 18h05",
        "",
        "Coup dur pour les transporteurs de la vallée du Lot.",
      ].join("\n"),
    );
    expect(article.caption).toBe("Les barrières ont été posées mardi sur la rive gauche.");
    expect(article.published).toBe("2026-03-17T18:05");
    expect(article.paragraphs).toEqual(["Coup dur pour les transporteurs de la vallée du Lot."]);
    const agency = parseArticle(
      "Titre\n\nLa route a été coupée l'hiver dernier. KEYSTONE/Yann Délèze\nLe 26/11/2026 à 16h12\n\nLe Grand Conseil a voté.",
    );
    expect(agency.caption).toBe("La route a été coupée l'hiver dernier.");
    expect(agency.published).toBe("2026-11-26T16:12");
    expect(agency.paragraphs).toEqual(["Le Grand Conseil a voté."]);
    const archive = parseArticle(
      "Titre\nLe conseil réuni lundi soir. Photo d'archive\n\nLe conseil a voté le budget.",
    );
    expect(archive.caption).toBe("Le conseil réuni lundi soir.");
    expect(archive.paragraphs).toEqual(["Le conseil a voté le budget."]);
  });

  it("splits an intertitle from the paragraph on the next line, but not a text wrapped by hand", () => {
    const paragraph =
      "Jusqu'à présent, de nombreuses familles dépendaient de camions-citernes qui ne passaient qu'une fois par semaine.";
    const article = parseArticle(
      `Titre\n\nLe ministre a inauguré l'ouvrage.\n\nFin de la corvée d'eau\n${paragraph}`,
    );
    expect(article.paragraphs).toEqual([
      "Le ministre a inauguré l'ouvrage.",
      "Fin de la corvée d'eau",
      paragraph,
    ]);
    const wrapped = parseArticle(
      "Titre\n\nLe conseil municipal de la ville\na adopté lundi soir le budget\nde l'année prochaine.",
    );
    expect(wrapped.paragraphs).toEqual([
      "Le conseil municipal de la ville a adopté lundi soir le budget de l'année prochaine.",
    ]);
  });

  it("takes a line over the writer's name or the date line for the caption", () => {
    const overByline = parseArticle(
      [
        "Kindia : neuf morts dans une collision",
        "Les débris du minibus sur la RN1, dimanche matin, à la sortie de Souguéta",
        "Par Fatoumata Binta Camara",
        "Au moins neuf personnes ont trouvé la mort dimanche.",
      ].join("\n\n"),
    );
    expect(overByline.caption).toBe(
      "Les débris du minibus sur la RN1, dimanche matin, à la sortie de Souguéta.",
    );
    expect(overByline.byline).toBe("Fatoumata Binta Camara");
    expect(overByline.paragraphs).toEqual(["Au moins neuf personnes ont trouvé la mort dimanche."]);
    const overDate = parseArticle(
      "Titre\n\nDes pirogues amarrées au port de Mahajanga.\n\nLe 27/11/2026 à 08h30\n\nLa pêche ferme lundi.",
    );
    expect(overDate.caption).toBe("Des pirogues amarrées au port de Mahajanga.");
    expect(overDate.paragraphs).toEqual(["La pêche ferme lundi."]);
  });

  it("reads `(Archives)` and a photographer's initials as credits", () => {
    const archives = parseArticle(
      "Titre\n\nLe centre sera aménagé boulevard Lorrain. (Archives)\n\nPar Mélanie Thibodeau\n\nLe conseil a voté mardi.",
    );
    expect(archives.caption).toBe("Le centre sera aménagé boulevard Lorrain.");
    expect(archives.paragraphs).toEqual(["Le conseil a voté mardi."]);
    const initials = parseArticle(
      "Titre\n\nLe mâle mesure à peine 19 millimètres. Photo : Université d'Antananarivo / T. Rakotondrazafy\n\nUne équipe a annoncé lundi la découverte.",
    );
    expect(initials.caption).toBe("Le mâle mesure à peine 19 millimètres.");
    expect(initials.paragraphs).toEqual(["Une équipe a annoncé lundi la découverte."]);

    const bracketed = parseArticle(
      "Titre\n\nLa comédienne (au centre) lors de la répétition générale, mardi soir à Lausanne. (Photo Théâtre de Vidy)\n\nLausanne (ATS) – La metteuse en scène présente dès mercredi sa création.",
    );
    expect(bracketed.caption).toBe(
      "La comédienne (au centre) lors de la répétition générale, mardi soir à Lausanne.",
    );
  });
});

describe("parseArticle: a dateline on a line of its own", () => {
  it("is no paragraph: the lede is the first (29 dev articles opened on `BANGUI, 2 juin (AFP) -`)", () => {
    const article = parseArticle(
      "Football : l'Olympic Real remporte la Coupe\n\nBANGUI, 2 juin (AFP) -\n\nL'Olympic Real de Bangui a remporté dimanche la Coupe de Centrafrique.\n\nLa finale a commencé avec retard.",
    );
    expect(article.paragraphs).toEqual([
      "L'Olympic Real de Bangui a remporté dimanche la Coupe de Centrafrique.",
      "La finale a commencé avec retard.",
    ]);
  });
});

describe("parseArticle: captions without a dateline after them", () => {
  const lede =
    "Les transporteurs interurbains de Daloa ont suspendu mardi tous leurs départs vers Abidjan afin de protester contre le transfert de la gare routière.";
  it("reads a caption after `Légende :` whatever its case", () => {
    const article = parseArticle(
      `Titre\n\nLégende : l'autrice dédicace son roman à la médiathèque, samedi après-midi.\n\n${lede}`,
    );
    expect(article.caption).toBe(
      "l'autrice dédicace son roman à la médiathèque, samedi après-midi.",
    );
    expect(article.paragraphs).toEqual([lede]);
  });
  it("reads a credit with a photographer's initials (`© Photo L. Randria`)", () => {
    const article = parseArticle(
      `Titre\n\nDes membres de la coopérative trient la récolte, jeudi. © Photo L. Randria\n\n${lede}`,
    );
    expect(article.caption).toBe("Des membres de la coopérative trient la récolte, jeudi.");
  });
  it("reads a first block with no finite verb over a longer lede as the caption", () => {
    const caption = "Le conseil municipal du Tampon réuni jeudi soir à l'hôtel de ville.";
    expect(parseArticle(`Titre\n\n${caption}\n\n${lede}`).caption).toBe(caption);
    const robe = "Une robe en coton imprimé de la fin du XVIIIe siècle, l'une des pièces phares.";
    expect(parseArticle(`Titre\n\n${robe}\n\n${lede}`).caption).toBe(robe);
  });
  it("keeps a short lede with its verb, a byline and a dateline alone out of the caption", () => {
    const short = "Le conseil communal a approuvé lundi soir l'acquisition du site.";
    expect(parseArticle(`Titre\n\n${short}\n\n${lede}`).paragraphs[0]).toBe(short);
    expect(parseArticle(`Titre\n\nPar Nadia Berrada.\n\n${lede}`).caption).toBeUndefined();
    expect(parseArticle(`Titre\n\nMAROUA, 13 juin –\n\n${lede}`).caption).toBeUndefined();
  });
});
