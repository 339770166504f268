-- Migration number: 0007 	 The list of quizzes, paged and searchable by title.

-- GET /api/quizzes pages the created quizzes newest first by the keyset (created_at, id), as
-- the results page their recent sheets (0003): this index walks them in that order. It starts
-- with the column of quizzes_by_date (0002), which it therefore replaces.
DROP INDEX IF EXISTS quizzes_by_date;
CREATE INDEX quizzes_by_date_and_id ON quizzes (created_at, id);

-- The title without case, accents or ligatures (foldCaseAndAccents in src/core/text), for the
-- search by title: SQLite's lower() and LIKE know ASCII only. New quizzes get it from the
-- Worker; those created before are folded here, for the letters of French and its neighbours
-- (the Worker folds any letter).
ALTER TABLE quizzes ADD COLUMN search_title TEXT NOT NULL DEFAULT '';

UPDATE quizzes SET search_title = lower(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title
    , 'À', 'a')
    , 'Â', 'a')
    , 'Ä', 'a')
    , 'Á', 'a')
    , 'Ã', 'a')
    , 'Å', 'a')
    , 'à', 'a')
    , 'â', 'a')
    , 'ä', 'a')
    , 'á', 'a')
    , 'ã', 'a')
    , 'å', 'a')
    , 'Ç', 'c')
    , 'ç', 'c')
    , 'É', 'e')
    , 'È', 'e')
    , 'Ê', 'e')
    , 'Ë', 'e')
    , 'é', 'e')
    , 'è', 'e')
    , 'ê', 'e')
    , 'ë', 'e')
    , 'Í', 'i')
    , 'Ì', 'i')
    , 'Î', 'i')
    , 'Ï', 'i')
    , 'í', 'i')
    , 'ì', 'i')
    , 'î', 'i')
    , 'ï', 'i')
    , 'Ñ', 'n')
    , 'ñ', 'n')
    , 'Ó', 'o')
    , 'Ò', 'o')
    , 'Ô', 'o')
    , 'Ö', 'o')
    , 'Õ', 'o')
    , 'ó', 'o')
    , 'ò', 'o')
    , 'ô', 'o')
    , 'ö', 'o')
    , 'õ', 'o')
    , 'Ú', 'u')
    , 'Ù', 'u')
    , 'Û', 'u')
    , 'Ü', 'u')
    , 'ú', 'u')
    , 'ù', 'u')
    , 'û', 'u')
    , 'ü', 'u')
    , 'Ý', 'y')
    , 'Ÿ', 'y')
    , 'ý', 'y')
    , 'ÿ', 'y')
    , 'Œ', 'oe')
    , 'œ', 'oe')
    , 'Æ', 'ae')
    , 'æ', 'ae')
    , 'ß', 'ss')
);
