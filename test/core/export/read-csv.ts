/**
 * @module
 * An RFC 4180 CSV reader for tests, written as a state machine (no regular expressions), so
 * that it reads exports independently of how they were written.
 */

/**
 * The records of a CSV text, a leading BOM skipped, fields separated by `separator` (`;`, as
 * French spreadsheets expect, unless told); CRLF or LF end a record outside quotes. Throws on a
 * quote in the middle of an unquoted field or an unterminated quoted field.
 */
export function readCsv(text: string, separator = ";"): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let state: "start" | "unquoted" | "quoted" | "quote-in-quoted" = "start";
  const endField = () => {
    record.push(field);
    field = "";
    state = "start";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    switch (state) {
      case "start":
      case "unquoted":
        if (char === '"') {
          if (state === "unquoted") throw new Error(`Stray quote at ${i}`);
          state = "quoted";
        } else if (char === separator) endField();
        else if (char === "\r" && input[i + 1] === "\n") {
          endRecord();
          i++;
        } else if (char === "\n") endRecord();
        else {
          field += char;
          state = "unquoted";
        }
        break;
      case "quoted":
        if (char === '"') state = "quote-in-quoted";
        else field += char;
        break;
      case "quote-in-quoted":
        if (char === '"') {
          field += '"';
          state = "quoted";
        } else if (char === separator) endField();
        else if (char === "\r" && input[i + 1] === "\n") {
          endRecord();
          i++;
        } else if (char === "\n") endRecord();
        else throw new Error(`Text after a closing quote at ${i}`);
        break;
    }
  }
  if (state === "quoted") throw new Error("Unterminated quoted field");
  if (field !== "" || record.length > 0 || state !== "start") endRecord();
  return records;
}
