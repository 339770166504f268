import { describe, expect, it } from "vitest";
import seedText from "../../../src/content/seed-article.fr.txt";
import { parseArticle } from "../../../src/core/article/parse-article";
import { findPeople } from "../../../src/core/french/find-people";

describe("findPeople", () => {
  it("reads no role through `en présence du` (round 165 on dev: *Qui est le roi Guézo en présence du préfet du Zou ?*)", () => {
    const [person] = findPeople(
      "La cérémonie, organisée dans la cour du palais du roi Guézo en présence du préfet du Zou, Sylvain Dossou-Yovo, a réuni des dignitaires.",
    );
    expect(person?.roles.map((role) => role.text)).toEqual(["préfet du Zou"]);
  });

  it("reads a name of three after an article and a nationality, and no event as a person", () => {
    const names = findPeople(
      "Le Kényan Elias Kiprono Rotich a remporté le Marathon de Saint-Louis. Il a devancé l'Éthiopien Getachew Mengistu.",
    ).map((p) => p.name);
    expect(names).toEqual(["Elias Kiprono Rotich", "Getachew Mengistu"]);
  });

  it("reads a town's people before a name as no part of it (`la Louvaniste …`)", () => {
    const names = findPeople(
      "La Louvaniste Lena Vanderstraeten a battu samedi le record de Belgique du 200 m quatre nages.",
    ).map((p) => p.name);
    expect(names).toEqual(["Lena Vanderstraeten"]);
  });

  it("takes no name after an elided article for a person (`à L'Orient-Le Jour`)", () => {
    const names = findPeople(
      "« Nous coopérons », a affirmé à L'Orient-Le Jour le directeur de l'entreprise, Georges Haddad.",
    ).map((p) => p.name);
    expect(names).toEqual(["Georges Haddad"]);
  });

  const body = parseArticle(seedText).paragraphs.join("\n\n");
  const people = findPeople(body);
  const byName = new Map(people.map((person) => [person.name, person]));

  it("finds the seed's people once each, in reading order", () => {
    expect(people.map((p) => p.name)).toEqual([
      "Jan Jambon",
      "Charles Michel",
      "Mourad Naimi",
      "Theo Francken",
      "Freddy Roosemont",
    ]);
  });

  it("merges two spellings of the same person", () => {
    expect(byName.get("Jan Jambon")?.aliases).toEqual(["Jean Jambon"]);
    expect(byName.get("Jan Jambon")?.mentions).toHaveLength(3);
  });

  it("reads roles from appositions before and after the name, with the gender of le/la", () => {
    expect(byName.get("Mourad Naimi")?.roles.map((r) => r.text)).toEqual(["directeur de la DSITI"]);
    expect(byName.get("Charles Michel")?.roles.map((r) => r.text)).toEqual(["Premier ministre"]);
    expect(byName.get("Freddy Roosemont")?.roles.map((r) => r.text)).toEqual([
      "directeur général de l'Office des étrangers",
    ]);
    expect(byName.get("Theo Francken")?.gender).toBe("m");
    for (const person of people) {
      for (const role of person.roles) {
        // The role is shown lowercase (`Directeur général…` → `directeur général…`).
        expect(body.slice(role.mention.start, role.mention.end).toLowerCase()).toBe(
          role.mention.text.toLowerCase(),
        );
      }
    }
  });

  it("reads a woman's role and skips titles, nationalities and organisations", () => {
    const text =
      "La maire de Nantes, Johanna Rolland, a salué la Française Awa Diarra. " +
      "Mme Diallo a rencontré la société Rietveld Capital à Los Angeles.";
    const found = findPeople(text);
    expect(found.map((p) => p.name)).toEqual(["Johanna Rolland", "Awa Diarra"]);
    expect(found[0]?.gender).toBe("f");
    expect(found[0]?.roles.map((r) => r.text)).toEqual(["maire de Nantes"]);
  });

  it("drops the title `Maître` and gives no gender for `Me`, `Maître` or `Dr`", () => {
    const found = findPeople(
      "Maître Paul Renard, avocat de la famille, a plaidé. Le Dr Jean Dupont a témoigné.",
    );
    expect(found.map((p) => [p.name, p.gender])).toEqual([
      ["Paul Renard", undefined],
      ["Jean Dupont", undefined],
    ]);
    expect(findPeople("Selon Me Claire Martin, le dossier est vide.")[0]?.gender).toBeUndefined();
  });

  it("takes a surname of two words said alone for the same person, before or after the full name", () => {
    for (const text of [
      "Le directeur, Slim Ben Amor, a parlé. Selon le professeur Ben Amor, le signal est bon.",
      "Selon le professeur Ben Amor, le signal est bon. Le directeur, Slim Ben Amor, a parlé.",
    ]) {
      const found = findPeople(text);
      expect(found.map((p) => [p.name, p.aliases])).toEqual([["Slim Ben Amor", ["Ben Amor"]]]);
      expect(found[0]?.mentions).toHaveLength(2);
    }
  });

  it("takes two capitalised words after a district, commune or wilaya for a place", () => {
    const found = findPeople(
      "Les pluies ont touché le district de Moramanga Be et la commune de Sidi Bel, a indiqué Hery Rakoto.",
    );
    expect(found.map((p) => p.name)).toEqual(["Hery Rakoto"]);
  });

  it("takes no train named like a place for a person, but a `Sidi` followed by a first name", () => {
    const found = findPeople(
      "La ligne empruntée par le Mont-Blanc Express est coupée près de Sidi Bouzid, a indiqué Sidi Mohamed Ould Ebnou.",
    );
    expect(found.map((p) => p.name)).toEqual(["Sidi Mohamed Ould Ebnou"]);
  });

  it("takes no works or portfolio for a person (`Brasserie des Collines`, `Travaux de Sambreville`)", () => {
    const found = findPeople(
      "La Brasserie des Collines va investir, a rappelé l'ancien échevin des Travaux de Sambreville, Michel Dardenne.",
    );
    expect(found.map((p) => p.name)).toEqual(["Michel Dardenne"]);
  });

  it("takes no airline or station for a person (`Air Corsica`, `Radio Okapi`)", () => {
    const found = findPeople("Air Corsica a ajouté deux vols, a indiqué le directeur, Paul Roux.");
    expect(found.map((p) => p.name)).toEqual(["Paul Roux"]);
    expect(findPeople("Radio Okapi a annoncé la nouvelle mardi.")).toEqual([]);
  });

  it("takes a short quoted title for a work, and who receives a prize for a person", () => {
    const found = findPeople(
      "Le Grand Prix est allé à « La Dernière Marée », et le prix du jury a été décerné à Fatou Ndiaye.",
    );
    expect(found.map((p) => p.name)).toEqual(["Fatou Ndiaye"]);
  });

  it("keeps a capitalised particle inside a name, but takes no elided noun phrase for one", () => {
    const found = findPeople(
      "L'ouvrage a été inauguré par la maire, Nadège Le Floch. L'usine de Bécancour a fermé.",
    );
    expect(found.map((p) => p.name)).toEqual(["Nadège Le Floch"]);
  });
});

describe("findPeople after a building's noun", () => {
  it("takes no cooperative's name, past its adjective, for a person (round 138: `Tazrart Siroua`)", () => {
    const names = findPeople(
      "« Nous avons vendu moins », souligne Fatima Oubella, présidente de la coopérative féminine Tazrart Siroua, qui regroupe 64 adhérentes.",
    ).map((person) => person.name);
    expect(names).toEqual(["Fatima Oubella"]);
  });

  it("takes no hospital's or school's name for a person", () => {
    expect(
      findPeople(
        "Les blessés ont été transportés à l'hôpital Notre-Dame de Petit-Goâve, près du lycée Pierre-Loti.",
      ).map((person) => person.name),
    ).toEqual([]);
  });

  it("takes no participle opening the sentence into the name after it (`Baptisée Gephyromantis`)", () => {
    const body =
      "Baptisée Gephyromantis vatolampy, elle a été décrite dans la revue Zootaxa. Aimé Kaboré a salué la découverte.";
    const names = findPeople(body).map((person) => person.name);
    expect(names).not.toContain("Baptisée Gephyromantis");
    expect(names).toContain("Aimé Kaboré");
  });

  it("reads a first name and the initial a court report leaves of the surname (`Kevin D., 34 ans`)", () => {
    const names = findPeople(
      "Le tribunal a condamné jeudi Kevin D., 34 ans, à trente mois de prison.",
    ).map((person) => person.name);
    expect(names).toContain("Kevin D.");
  });

  it("reads `d'Etat` as the end of a title, not a first name (`le conseiller d'Etat Stéphane Rey-Mermet`)", () => {
    const names = findPeople(
      "Le conseiller d'Etat Stéphane Rey-Mermet a salué la décision. La secrétaire d'État Nadia El Hammouti a voté.",
    ).map((person) => person.name);
    expect(names).toEqual(["Stéphane Rey-Mermet", "Nadia El Hammouti"]);
  });
});

describe("findPeople on round 114's names", () => {
  it("drops a nationality no ending gives away, and takes no country nor race for a person", () => {
    const names = findPeople(
      "Le Marocain Yassine Bennani a remporté la 4e étape du 37e Tour du Faso, tandis que le Burkinabè Hamidou Sawadogo a conservé son maillot. Le Belge Thomas Verlinden a abandonné. Le classement par équipes est revenu au Burkina Faso.",
    ).map((person) => person.name);
    expect(names).toEqual(["Yassine Bennani", "Hamidou Sawadogo", "Thomas Verlinden"]);
  });
});
