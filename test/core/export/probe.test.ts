import { XMLParser, XMLValidator } from "fast-xml-parser";
import { unzipSync, zipSync } from "fflate";
import { parse } from "gift-pegjs";
import { expect, it } from "vitest";

it("probe", () => {
  const out = parse(`$CATEGORY: Ardoise/Test

::Q1 a\\: b::Qui a dit \\{x\\} \\= \\~ \\# \\\\ "<&>"\nligne 2 ?{=Jan Jambon =Jambon ####Preuve\\: \\{\\}}

::Q2::Vrai ?{TRUE####Parce que}

::Q3::Lequel ?{=un ~deux \\= ~trois####fb}
`);
  console.log(JSON.stringify(out, null, 1));
  console.log(XMLValidator.validate("<a>x</a>"), new XMLParser().parse("<a>x</a>"));
  console.log(Object.keys(unzipSync(zipSync({ "a.txt": new Uint8Array([1]) }))));
  expect(1).toBe(1);
});
